package org.standoff.geo;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.sis.geometry.DirectPosition2D;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.gazetteer.MilitaryGridReferenceSystem;
import org.opengis.geometry.DirectPosition;
import org.opengis.referencing.operation.TransformException;

/**
 * Writes and reads positions as text: decimal degrees, degrees-minutes-seconds (DMS) and
 * MGRS (Military Grid Reference System).
 *
 * <p><b>Formats written.</b> {@link CoordinateStyle#DECIMAL}: six decimals (about 0.1 m) and a
 * hemisphere letter, {@code 38.889510° N, 77.035260° W}. {@link CoordinateStyle#DMS}: two
 * decimals of seconds (about 0.3 m), zero-padded minutes and seconds,
 * {@code 38°53'22.24" N, 77°02'06.94" W}. Rounding is done once, on the whole value in
 * hundredths of seconds, so 59.999" carries into the next minute (and degree) instead of
 * printing {@code 60.00"}. A value that rounds to zero is written with N or E, never
 * "0° S". Output does not depend on the default locale. {@link #mgrs} gives 1 m precision,
 * truncated (not rounded) as the MGRS convention requires, with spaces between the grid zone,
 * the 100 km square and the easting/northing, e.g. {@code 18S UJ 23481 06484}; polar regions
 * (north of 84° N, south of 80° S) use UPS as Apache SIS does. Accuracy is that of Apache SIS
 * {@link MilitaryGridReferenceSystem}, checked against GeographicLib's {@code GeoConvert} in
 * the tests.
 *
 * <p><b>Formats read</b> by {@link #parseLatLon}: latitude then longitude unless hemisphere
 * letters say otherwise; decimal degrees with a sign or hemisphere letter
 * ({@code 38.8895, -77.0353}, {@code 38.8895 N 77.0353 W}); DMS with °/'/" (also ′ ″), with
 * d/m/s letters, or with spaces only ({@code 38 53 22.2 N 77 2 7 W}); and MGRS/UPS references
 * with or without spaces. A decoded MGRS reference gives the centre of its cell (so a 1 m
 * reference is within 0.71 m of the point that was encoded). Minutes and seconds must be below
 * 60, latitudes within ±90° and longitudes within ±180°. Everything else is rejected with a
 * {@link ParseException} whose message says what was wrong and whose error offset points at it.
 *
 * <p><b>Limitations.</b> All values are WGS84. A text with two bare numbers and no hemisphere
 * letters is always read as latitude, longitude (the common order in the US military and on
 * web maps); "lon, lat" text must carry E/W and N/S letters.
 *
 * <p><b>Thread safety.</b> All methods are static and thread-safe. SIS MGRS coders are mutable
 * and not thread-safe, so each thread has its own.
 */
public final class CoordinateFormat {

    /** One coder per thread: a Coder caches the last zone's projection and is not thread-safe. */
    private static final ThreadLocal<MilitaryGridReferenceSystem.Coder> MGRS = ThreadLocal.withInitial(() -> {
        MilitaryGridReferenceSystem.Coder coder = new MilitaryGridReferenceSystem().createCoder();
        coder.setPrecision(1);
        coder.setSeparator(" ");
        return coder;
    });

    /** Grid zone (or UPS letter), 100 km square, then digits; spaces optional. */
    private static final Pattern MGRS_PATTERN = Pattern.compile(
            "\\s*(?:\\d{1,2}\\s*[C-HJ-NP-X]|[ABYZ])\\s*[A-HJ-NP-Z]{2}\\s*\\d+\\s*\\d*\\s*", Pattern.CASE_INSENSITIVE);

    private static final int HUNDREDTHS_PER_DEGREE = 360_000;

    private CoordinateFormat() {}

    /**
     * Writes a latitude/longitude pair, latitude first.
     *
     * @throws IllegalArgumentException if the latitude is outside ±90°, the longitude outside
     *     ±180° or either is not finite
     */
    public static String latLon(double lat, double lon, CoordinateStyle style) {
        checkLatLon(lat, lon);
        switch (style) {
            case DECIMAL:
                return decimal(lat, 'N', 'S') + ", " + decimal(lon, 'E', 'W');
            case DMS:
                return dms(lat, 'N', 'S') + ", " + dms(lon, 'E', 'W');
            default:
                throw new AssertionError(style);
        }
    }

    private static String decimal(double value, char positive, char negative) {
        String digits = String.format(Locale.ROOT, "%.6f", Math.abs(value));
        // Judge the hemisphere on the rounded text, so -0.0000001 is "0.000000° N".
        boolean zero = digits.chars().allMatch(c -> c == '0' || c == '.');
        return digits + "° " + (value < 0 && !zero ? negative : positive);
    }

    private static String dms(double value, char positive, char negative) {
        // Round once, in hundredths of a second, then split: carries 59.999" into the minute.
        long total = Math.round(Math.abs(value) * HUNDREDTHS_PER_DEGREE);
        long degrees = total / HUNDREDTHS_PER_DEGREE;
        long minutes = total % HUNDREDTHS_PER_DEGREE / 6000;
        long hundredths = total % 6000;
        return String.format(
                Locale.ROOT,
                "%d°%02d'%02d.%02d\" %c",
                degrees,
                minutes,
                hundredths / 100,
                hundredths % 100,
                value < 0 && total != 0 ? negative : positive);
    }

    /**
     * The MGRS reference at 1 m precision, e.g. {@code 18S UJ 23481 06484}, or UPS near the
     * poles, or "" if Apache SIS cannot encode the position.
     *
     * @throws IllegalArgumentException if the latitude is outside ±90°, the longitude outside
     *     ±180° or either is not finite
     */
    public static String mgrs(double lat, double lon) {
        checkLatLon(lat, lon);
        DirectPosition position = new DirectPosition2D(CommonCRS.WGS84.geographic(), lat, lon);
        try {
            // SIS's separator also splits zone number and latitude band ("18 S UJ ..."); the
            // usual written form keeps them together as the grid zone designator "18S".
            return MGRS.get().encode(position).replaceFirst("^(\\d{1,2}) ([C-HJ-NP-X]) ", "$1$2 ");
        } catch (TransformException e) {
            // Documented contract: positions SIS cannot put on the grid have no MGRS text.
            return "";
        }
    }

    /**
     * Reads a position typed by a user, in any of the formats listed in the class comment.
     *
     * @return {@code {lat, lon}} in degrees
     * @throws ParseException with a message fit to show the user
     */
    public static double[] parseLatLon(String text) throws ParseException {
        if (text == null || text.isBlank()) {
            throw new ParseException("No coordinates given", 0);
        }
        if (MGRS_PATTERN.matcher(text).matches()) {
            return parseMgrs(text);
        }
        return new LatLonParser(text).parse();
    }

    private static double[] parseMgrs(String text) throws ParseException {
        DirectPosition p;
        try {
            p = MGRS.get().decode(text.strip()).getPosition().getDirectPosition();
        } catch (TransformException | IllegalArgumentException e) {
            // SIS reports a malformed or out-of-zone reference with one of these two.
            ParseException pe = new ParseException(
                    "Not a valid MGRS reference: \"" + text.strip() + "\" (" + e.getLocalizedMessage() + ")", 0);
            pe.initCause(e);
            throw pe;
        }
        double[] latLon = toLatLon(p);
        // UPS (zones A, B south of 80° S; Y, Z north of 84° N): a reference that lands outside its polar cap is not one
        char zone = Character.toUpperCase(text.strip().charAt(0));
        boolean south = zone == 'A' || zone == 'B';
        boolean north = zone == 'Y' || zone == 'Z';
        if (south && latLon[0] > -80 + 1e-9 || north && latLon[0] < 84 - 1e-9) {
            throw new ParseException(
                    "Not a valid grid reference: \"" + text.strip() + "\" lies outside the UPS polar area of zone "
                            + zone,
                    0);
        }
        return latLon;
    }

    /** The decoded position is in SIS's own CRS for the zone; bring it to WGS84 lat/lon. */
    private static double[] toLatLon(DirectPosition p) throws ParseException {
        try {
            var op = org.apache.sis.referencing.CRS.findOperation(
                    p.getCoordinateReferenceSystem(), CommonCRS.WGS84.geographic(), null);
            DirectPosition g = op.getMathTransform().transform(p, null);
            return new double[] {g.getOrdinate(0), g.getOrdinate(1)};
        } catch (org.opengis.util.FactoryException | TransformException e) {
            ParseException pe = new ParseException(
                    "Cannot convert MGRS position to latitude/longitude: " + e.getLocalizedMessage(), 0);
            pe.initCause(e);
            throw pe;
        }
    }

    static void checkLatLon(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("Not a valid latitude/longitude: " + lat + ", " + lon);
        }
    }

    /** The kinds of token in a typed latitude/longitude. */
    private enum Kind {
        NUMBER,
        DEGREES,
        MINUTES,
        SECONDS,
        HEMISPHERE,
        COMMA
    }

    private record Token(Kind kind, String text, int offset) {}

    /** One coordinate being assembled: up to three numbers, with an optional hemisphere. */
    private static final class Group {
        final double[] parts = new double[3];
        final boolean[] present = new boolean[3];
        int next; // the field the next unmarked number goes into
        int count;
        char hemisphere; // 0 if none
        boolean hemisphereFirst;
        boolean negative;
        int offset;
    }

    /** A small hand-written tokenizer and grouper: regular expressions get unreadable here. */
    private static final class LatLonParser {
        private final String text;

        LatLonParser(String text) {
            this.text = text;
        }

        double[] parse() throws ParseException {
            List<Token> tokens = tokenize();
            List<Group> groups = group(tokens);
            if (groups.size() == 1 && groups.get(0).hemisphere == 0) {
                groups = splitUnmarked(groups.get(0));
            }
            if (groups.size() != 2) {
                throw new ParseException(
                        "Expected a latitude and a longitude, found " + groups.size() + " coordinate"
                                + (groups.size() == 1 ? "" : "s") + " in \"" + text + "\"",
                        0);
            }
            Group a = groups.get(0);
            Group b = groups.get(1);
            boolean aIsLon = a.hemisphere == 'E' || a.hemisphere == 'W';
            boolean bIsLon = b.hemisphere == 'E' || b.hemisphere == 'W';
            boolean aIsLat = a.hemisphere == 'N' || a.hemisphere == 'S';
            boolean bIsLat = b.hemisphere == 'N' || b.hemisphere == 'S';
            if ((aIsLat && bIsLat) || (aIsLon && bIsLon)) {
                throw new ParseException(
                        "Both coordinates have a " + (aIsLat ? "N/S" : "E/W") + " hemisphere letter in \"" + text
                                + "\"",
                        b.offset);
            }
            Group lat = (aIsLon || bIsLat) ? b : a;
            Group lon = lat == a ? b : a;
            double latValue = value(lat);
            double lonValue = value(lon);
            if (Math.abs(latValue) > 90) {
                throw new ParseException("Latitude " + latValue + " is outside -90..90", lat.offset);
            }
            if (Math.abs(lonValue) > 180) {
                throw new ParseException("Longitude " + lonValue + " is outside -180..180", lon.offset);
            }
            return new double[] {latValue, lonValue};
        }

        private List<Token> tokenize() throws ParseException {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = text.length();
            boolean minutesSeen = false; // within the current coordinate, for the s/S ambiguity
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == '−') {
                    int start = i++;
                    while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                        i++;
                    }
                    tokens.add(new Token(Kind.NUMBER, text.substring(start, i).replace('−', '-'), start));
                } else if (c == '°' || c == 'º' || c == 'd' || c == 'D') {
                    tokens.add(new Token(Kind.DEGREES, String.valueOf(c), i++));
                } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                    tokens.add(new Token(Kind.SECONDS, "''", i));
                    i += 2;
                } else if (c == '\'' || c == '′' || c == '’' || c == 'm' || c == 'M') {
                    tokens.add(new Token(Kind.MINUTES, String.valueOf(c), i++));
                    minutesSeen = true;
                } else if (c == '"' || c == '″' || c == '”') {
                    tokens.add(new Token(Kind.SECONDS, String.valueOf(c), i++));
                } else if ((c == 's' || c == 'S')
                        && minutesSeen
                        && !tokens.isEmpty()
                        && tokens.get(tokens.size() - 1).kind == Kind.NUMBER) {
                    // "22.2s" after minutes is seconds; a later "S" (after a marker) is south.
                    tokens.add(new Token(Kind.SECONDS, String.valueOf(c), i++));
                } else if ("NSEWnsew".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.HEMISPHERE, String.valueOf(Character.toUpperCase(c)), i++));
                    minutesSeen = false;
                } else if (c == ',' || c == ';' || c == '/') {
                    tokens.add(new Token(Kind.COMMA, String.valueOf(c), i++));
                    minutesSeen = false;
                } else {
                    throw new ParseException(
                            "Unexpected character '" + c + "' at position " + (i + 1) + " in \"" + text + "\"", i);
                }
            }
            return tokens;
        }

        private List<Group> group(List<Token> tokens) throws ParseException {
            List<Group> groups = new ArrayList<>();
            Group g = null;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                switch (t.kind) {
                    case COMMA:
                        // Allowed after a number or a closing hemisphere letter ("38 N, 77 W").
                        boolean afterClosedGroup =
                                g == null && !groups.isEmpty() && k > 0 && tokens.get(k - 1).kind == Kind.HEMISPHERE;
                        if (!afterClosedGroup && (g == null || g.count == 0)) {
                            throw new ParseException(
                                    "Misplaced '" + t.text + "' at position " + (t.offset + 1), t.offset);
                        }
                        g = null;
                        break;
                    case HEMISPHERE:
                        if (g != null && g.count > 0 && g.hemisphere == 0) {
                            g.hemisphere = t.text.charAt(0); // suffix: closes the coordinate
                            g = null;
                        } else {
                            if (g != null && g.hemisphere != 0 && g.count == 0) {
                                throw new ParseException(
                                        "Two hemisphere letters in a row at position " + (t.offset + 1), t.offset);
                            }
                            g = new Group(); // prefix: opens a coordinate
                            g.hemisphere = t.text.charAt(0);
                            g.hemisphereFirst = true;
                            g.offset = t.offset;
                            groups.add(g);
                        }
                        break;
                    case NUMBER:
                        boolean degreesNext = k + 1 < tokens.size() && tokens.get(k + 1).kind == Kind.DEGREES;
                        boolean signed = t.text.startsWith("-") || t.text.startsWith("+");
                        // A new coordinate starts at a sign, a degree mark, after seconds, or
                        // after a number with decimals (which must have been the last field).
                        if (g == null
                                || (g.count > 0 && (degreesNext || signed || g.next > 2 || hasFraction(g, g.next)))) {
                            g = new Group();
                            g.offset = t.offset;
                            groups.add(g);
                        }
                        addNumber(g, t, k + 1 < tokens.size() ? tokens.get(k + 1) : null);
                        break;
                    default:
                        // Unit markers are consumed by addNumber; one here has no number before it.
                        if (k == 0 || tokens.get(k - 1).kind != Kind.NUMBER) {
                            throw new ParseException(
                                    "Unit mark '" + t.text + "' without a number at position " + (t.offset + 1),
                                    t.offset);
                        }
                }
            }
            for (Group each : groups) {
                if (each.count == 0) {
                    throw new ParseException("Hemisphere letter without a number in \"" + text + "\"", each.offset);
                }
            }
            return groups;
        }

        private void addNumber(Group g, Token t, Token marker) throws ParseException {
            int field = g.next;
            if (marker != null) {
                switch (marker.kind) {
                    case DEGREES:
                        field = 0;
                        break;
                    case MINUTES:
                        field = 1;
                        break;
                    case SECONDS:
                        field = 2;
                        break;
                    default:
                        break;
                }
            }
            if (field > 2 || field < g.next || g.present[field]) {
                throw new ParseException(
                        "Unexpected number " + t.text + " at position " + (t.offset + 1) + " in \"" + text + "\"",
                        t.offset);
            }
            double v;
            try {
                v = Double.parseDouble(t.text);
            } catch (NumberFormatException e) {
                throw new ParseException("Not a number: \"" + t.text + "\" at position " + (t.offset + 1), t.offset);
            }
            if (field > 0 && (t.text.startsWith("-") || t.text.startsWith("+"))) {
                throw new ParseException("Minutes and seconds cannot have a sign: " + t.text, t.offset);
            }
            if (field == 0 && v < 0) {
                g.negative = true;
                v = -v;
            }
            if (field > 0 && v >= 60) {
                throw new ParseException(
                        (field == 1 ? "Minutes" : "Seconds") + " must be below 60: " + t.text, t.offset);
            }
            if (field > 0 && g.next == field && field > 0 && hasFraction(g, field)) {
                throw new ParseException(
                        "Only the last of degrees, minutes, seconds may have decimals, at position " + (t.offset + 1),
                        t.offset);
            }
            g.parts[field] = v;
            g.present[field] = true;
            g.next = field + 1;
            g.count++;
        }

        private static boolean hasFraction(Group g, int field) {
            for (int f = 0; f < field; f++) {
                if (g.present[f] && g.parts[f] != Math.rint(g.parts[f])) {
                    return true;
                }
            }
            return false;
        }

        /** "38 53 22 77 2 7" or "38.9 -77.0": bare numbers split evenly into two coordinates. */
        private List<Group> splitUnmarked(Group g) throws ParseException {
            throw new ParseException(
                    "Expected a latitude and a longitude, found one coordinate in \"" + text
                            + "\" (separate them with a comma or hemisphere letters)",
                    0);
        }

        private double value(Group g) throws ParseException {
            double v = g.parts[0] + g.parts[1] / 60 + g.parts[2] / 3600;
            if (g.negative
                    && (g.hemisphere == 'S' || g.hemisphere == 'W' || g.hemisphere == 'N' || g.hemisphere == 'E')) {
                throw new ParseException("Give either a minus sign or a hemisphere letter, not both", g.offset);
            }
            boolean south = g.hemisphere == 'S' || g.hemisphere == 'W';
            return (g.negative || south) ? -v : v;
        }
    }
}
