package org.standoff.io.csv;

import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standoff.geo.CoordinateFormat;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteProblem;
import org.standoff.model.SiteStatus;
import org.standoff.model.SiteText;

/**
 * Turns one source row into a mining site, or into the reason it has no usable location.
 * Every other doubtful value is kept as written (see {@link org.standoff.model.Parsed}) and
 * explained in a review flag; values are never guessed or corrected. Not thread-safe only in
 * that it is meant for one import at a time; it holds no mutable state.
 */
final class RowReader {

    /** What became of a row: a site with its import flags, or a rejection reason. */
    record Outcome(MiningSite site, List<SiteProblem> flags, String rejection) {}

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern WKT_POINT =
            Pattern.compile("(?i)\\s*POINT\\s*(?:ZM|Z|M)?\\s*\\(\\s*(\\S+)\\s+(\\S+)(?:\\s+\\S+){0,2}\\s*\\)\\s*");
    private static final Pattern WKT_OTHER = Pattern.compile(
            "(?i)\\s*(POINT|MULTIPOINT|LINESTRING|MULTILINESTRING|POLYGON|MULTIPOLYGON|GEOMETRYCOLLECTION)\\b.*",
            Pattern.DOTALL);
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");

    private final ColumnMapping mapping;
    private final int width;

    RowReader(ColumnMapping mapping) {
        this.mapping = mapping;
        this.width = mapping.header().size();
    }

    Outcome read(SourceTable.Row row) {
        double[] lonLat = new double[2];
        List<SiteProblem> flags = new ArrayList<>();
        String rejection = locate(row, lonLat, flags);
        if (rejection != null) {
            return new Outcome(null, List.of(), rejection);
        }
        checkWidth(row, flags);
        String notes = text(row, SiteField.NOTES);
        long id = 0;
        String idText = text(row, SiteField.ID);
        if (idText != null) {
            String t = idText.strip();
            if (WHOLE.matcher(t).matches() && Long.parseLong(t) > 0) {
                id = Long.parseLong(t);
            } else {
                // The schema's id is the store's number; keep a foreign id where a person will see it.
                notes = (notes == null ? "" : notes + "\n") + "[id in source: " + idText + "]";
                flags.add(SiteProblem.review(
                        "id",
                        "Id \"" + idText + "\" is not a positive whole number; the site gets a new id "
                                + "and the original id is kept in its notes."));
            }
        }
        MiningSite site = new MiningSite(
                id,
                text(row, SiteField.NAME),
                text(row, SiteField.OPERATOR),
                text(row, SiteField.OWNER),
                text(row, SiteField.OWNER_COUNTRY),
                SiteText.parseYesNo(text(row, SiteField.FOREIGN_CONTROLLED)),
                SiteText.parseCapacity(text(row, SiteField.CAPACITY_MW)),
                SiteStatus.parse(text(row, SiteField.STATUS)),
                lonLat[0],
                lonLat[1],
                text(row, SiteField.ADDRESS),
                text(row, SiteField.SOURCE),
                Confidence.parse(text(row, SiteField.CONFIDENCE)),
                notes,
                instant(row, SiteField.CREATED_AT, flags),
                instant(row, SiteField.UPDATED_AT, flags));
        return new Outcome(site, flags, null);
    }

    /** Fills {@code lonLat}; returns null, or why the row has no usable location. */
    private String locate(SourceTable.Row row, double[] lonLat, List<SiteProblem> flags) {
        if (!mapping.hasLocation()) {
            return "no latitude/longitude or location column is mapped";
        }
        String lat = text(row, SiteField.LATITUDE);
        String lon = text(row, SiteField.LONGITUDE);
        String loc = text(row, SiteField.LOCATION);
        boolean hasPair = mapping.column(SiteField.LATITUDE).isPresent()
                && mapping.column(SiteField.LONGITUDE).isPresent();
        String pairProblem = null;
        if (hasPair && (lat != null || lon != null)) {
            pairProblem = latLonCells(lat, lon, lonLat);
            if (pairProblem == null) {
                return null;
            }
        }
        if (loc != null) {
            String locProblem = location(loc, lonLat);
            if (locProblem == null) {
                if (pairProblem != null) {
                    flags.add(SiteProblem.review(
                            "location",
                            "Latitude/longitude were unusable (" + pairProblem
                                    + "); the location column was used instead."));
                }
                return null;
            }
            return pairProblem != null ? pairProblem + "; and " + locProblem : locProblem;
        }
        if (pairProblem != null) {
            return pairProblem;
        }
        return "no coordinates: the " + (hasPair ? "latitude and longitude are" : "location is") + " blank";
    }

    /** Reads separate latitude and longitude cells; null when fine, else the reason. */
    static String latLonCells(String lat, String lon, double[] lonLat) {
        if (lat == null) {
            return "latitude is blank";
        }
        if (lon == null) {
            return "longitude is blank";
        }
        double la;
        double lo;
        Double plainLat = plain(lat);
        Double plainLon = plain(lon);
        if (plainLat != null && plainLon != null) {
            la = plainLat;
            lo = plainLon;
        } else {
            try {
                double[] ll = CoordinateFormat.parseLatLon(lat.strip() + ", " + lon.strip());
                la = ll[0];
                lo = ll[1];
            } catch (ParseException e) {
                return "cannot read coordinates \"" + lat + "\", \"" + lon + "\" (" + e.getMessage() + ")";
            }
        }
        return range(la, lo, lonLat);
    }

    /** Reads one location cell: WKT POINT, decimal or DMS pair, or MGRS; null when fine. */
    static String location(String text, double[] lonLat) {
        Matcher m = WKT_POINT.matcher(text);
        if (m.matches()) {
            Double x = plain(m.group(1));
            Double y = plain(m.group(2));
            if (x == null || y == null) {
                return "cannot read the point \"" + text + "\"";
            }
            return range(y, x, lonLat);
        }
        Matcher other = WKT_OTHER.matcher(text);
        if (other.matches()) {
            return "the geometry is "
                    + (text.toUpperCase(Locale.ROOT).contains("EMPTY")
                            ? "empty"
                            : "a " + other.group(1).toUpperCase(Locale.ROOT))
                    + "; only a point can locate a site";
        }
        try {
            double[] ll = CoordinateFormat.parseLatLon(text);
            return range(ll[0], ll[1], lonLat);
        } catch (ParseException e) {
            return "cannot read the location \"" + text + "\" (" + e.getMessage() + ")";
        }
    }

    private static String range(double lat, double lon, double[] lonLat) {
        boolean latBad = !(Math.abs(lat) <= 90);
        boolean lonBad = !(Math.abs(lon) <= 180);
        if (latBad || lonBad) {
            String what = latBad
                    ? "latitude " + SiteText.number(lat) + " is outside -90 to 90"
                    : "longitude " + SiteText.number(lon) + " is outside -180 to 180";
            boolean swapped = latBad && Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
            return what + (swapped ? " (latitude and longitude look swapped)" : "");
        }
        lonLat[0] = lon;
        lonLat[1] = lat;
        return null;
    }

    /** A plain decimal number, also with a decimal comma (unambiguous for coordinates); else null. */
    private static Double plain(String s) {
        String t = s.strip();
        if (PLAIN.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        if (DECIMAL_COMMA.matcher(t).matches()) {
            return Double.parseDouble(t.replace(',', '.'));
        }
        return null;
    }

    private void checkWidth(SourceTable.Row row, List<SiteProblem> flags) {
        int n = row.cells().size();
        if (n > width) {
            List<String> extra = new ArrayList<>();
            for (int i = width; i < n; i++) {
                String c = row.cells().get(i);
                if (c != null && !c.isBlank()) {
                    extra.add("\"" + c + "\"");
                }
            }
            if (!extra.isEmpty()) {
                flags.add(SiteProblem.review(
                        "row",
                        "The row has " + n + " values but the header has " + width + " columns; the extra values "
                                + String.join(", ", extra) + " are not imported."));
            }
        } else if (n < width) {
            flags.add(SiteProblem.review(
                    "row", "The row has only " + n + " of " + width + " values; the missing ones are taken as blank."));
        }
    }

    private String text(SourceTable.Row row, SiteField field) {
        Integer col = mapping.column(field).orElse(null);
        if (col == null) {
            return null;
        }
        String v = CsvOutput.unguard(row.cell(col)); // an exported file imports back to the same values
        return v == null || v.isBlank() ? null : v;
    }

    /** The timestamps a GeoPackage DATETIME (and every spreadsheet) can hold: four-digit years. */
    private static final Instant EARLIEST = Instant.parse("-9999-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Instant instant(SourceTable.Row row, SiteField field, List<SiteProblem> flags) {
        String t = text(row, field);
        if (t == null) {
            return null;
        }
        try {
            Instant parsed = Instant.parse(t.strip());
            if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
                flags.add(SiteProblem.review(
                        field.exportName(),
                        "\"" + t + "\" is outside the years -9999 to 9999 a project "
                                + "file can hold; the import time is used instead."));
                return null;
            }
            return parsed;
        } catch (DateTimeParseException e) {
            flags.add(SiteProblem.review(
                    field.exportName(),
                    "\"" + t + "\" is not an ISO 8601 UTC time such as "
                            + "2025-03-01T12:00:00Z; the import time is used instead."));
            return null;
        }
    }
}
