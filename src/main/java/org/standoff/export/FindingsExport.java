package org.standoff.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.standoff.analysis.FindingRow;
import org.standoff.geo.LengthUnit;
import org.standoff.model.MiningSite;

/**
 * Writes findings to CSV (RFC 4180, UTF-8, units in the header: {@code nearest_installation_mi})
 * and GeoJSON (RFC 7946 points with the same properties, plus distances in metres). Beside each
 * distance is the stated accuracy of the datum transformation that brought the measured-to
 * feature's layer to WGS 84 ({@code nearest_installation_datum_accuracy_m}; empty or null when no
 * transformation was known or the layer does not record one). Files are
 * written through {@link org.standoff.io.AtomicFiles}, so a failed export leaves no half file, and
 * CSV through {@link org.standoff.io.csv.CsvOutput} (RFC 4180 with the spreadsheet formula guard).
 */
public final class FindingsExport {

    private FindingsExport() {}

    /** Writes CSV with distances in {@code unit}. */
    public static void csv(List<FindingRow> rows, LengthUnit unit, Path file) throws IOException {
        write(file, w -> {
            String u = unit.symbol();
            org.standoff.io.csv.CsvOutput out = new org.standoff.io.csv.CsvOutput(w);
            out.row(
                    "site_id",
                    "site_name",
                    "lat",
                    "lon",
                    "status",
                    "foreign_controlled",
                    "owner_country",
                    "nearest_installation",
                    "nearest_installation_" + u,
                    "nearest_installation_datum_accuracy_m",
                    "nearest_substation",
                    "nearest_substation_" + u,
                    "nearest_substation_datum_accuracy_m",
                    "zones",
                    "reasons");
            for (FindingRow r : rows) {
                MiningSite s = r.site();
                out.row(
                        Long.toString(s.id()),
                        s.name(),
                        num(s.lat(), 6),
                        num(s.lon(), 6),
                        s.status().display(st -> st.code()),
                        s.foreignControlled().display(b -> b ? "yes" : "no"),
                        s.ownerCountry(),
                        r.installationName(),
                        dist(r.installationMetres(), unit),
                        accuracy(r.installationDatumAccuracyMetres()),
                        r.substationName(),
                        dist(r.substationMetres(), unit),
                        accuracy(r.substationDatumAccuracyMetres()),
                        r.zonesText(),
                        String.join("; ", r.reasons(m -> dist(m, unit) + " " + unit.symbol())));
            }
            out.flush();
        });
    }

    /** Writes a GeoJSON FeatureCollection of the sites with their findings. */
    public static void geoJson(List<FindingRow> rows, LengthUnit unit, Path file) throws IOException {
        write(file, out -> {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            boolean first = true;
            for (FindingRow r : rows) {
                MiningSite s = r.site();
                out.write(first ? "\n" : ",\n");
                first = false;
                out.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + num(s.lon(), 7)
                        + "," + num(s.lat(), 7) + "]},");
                out.write("\"properties\":{\"site_id\":" + s.id() + ",\"site_name\":" + js(s.name())
                        + ",\"nearest_installation\":" + js(r.installationName())
                        + ",\"nearest_installation_m\":" + jnum(r.installationMetres()) + ",\"nearest_installation_"
                        + unit.symbol() + "\":"
                        + jnum(unit.fromMetres(r.installationMetres())) + ",\"nearest_installation_datum_accuracy_m\":"
                        + jnum(r.installationDatumAccuracyMetres()) + ",\"nearest_substation\":"
                        + js(r.substationName()) + ",\"nearest_substation_m\":"
                        + jnum(r.substationMetres()) + ",\"nearest_substation_" + unit.symbol() + "\":"
                        + jnum(unit.fromMetres(r.substationMetres()))
                        + ",\"nearest_substation_datum_accuracy_m\":" + jnum(r.substationDatumAccuracyMetres())
                        + ",\"zones\":" + js(r.zonesText()) + "}}");
            }
            out.write("\n]}\n");
        });
    }

    /**
     * Writes a GeoPackage with one point layer {@code findings} (site name, nearest installation
     * and substation with distances in {@code unit} and in metres, zones), readable by GDAL and
     * QGIS; written atomically like a project file.
     */
    public static void geoPackage(List<FindingRow> rows, LengthUnit unit, Path file)
            throws org.standoff.io.store.StoreException {
        String u = unit.symbol();
        List<org.standoff.model.Field> fields = List.of(
                org.standoff.model.Field.of("site_id", org.standoff.model.FieldType.INTEGER),
                org.standoff.model.Field.of("site_name", org.standoff.model.FieldType.STRING),
                org.standoff.model.Field.of("nearest_installation", org.standoff.model.FieldType.STRING),
                org.standoff.model.Field.of("nearest_installation_" + u, org.standoff.model.FieldType.DOUBLE),
                org.standoff.model.Field.of("nearest_installation_m", org.standoff.model.FieldType.DOUBLE),
                org.standoff.model.Field.of(
                        "nearest_installation_datum_accuracy_m", org.standoff.model.FieldType.DOUBLE),
                org.standoff.model.Field.of("nearest_substation", org.standoff.model.FieldType.STRING),
                org.standoff.model.Field.of("nearest_substation_" + u, org.standoff.model.FieldType.DOUBLE),
                org.standoff.model.Field.of("nearest_substation_m", org.standoff.model.FieldType.DOUBLE),
                org.standoff.model.Field.of("nearest_substation_datum_accuracy_m", org.standoff.model.FieldType.DOUBLE),
                org.standoff.model.Field.of("zones", org.standoff.model.FieldType.STRING));
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        List<org.standoff.model.Feature> features = new java.util.ArrayList<>();
        for (FindingRow r : rows) {
            MiningSite s = r.site();
            features.add(new org.standoff.model.Feature(
                    s.id(), gf.createPoint(new org.locationtech.jts.geom.Coordinate(s.lon(), s.lat())), new Object[] {
                        s.id(),
                        s.name(),
                        r.installationName(),
                        finite(unit.fromMetres(r.installationMetres())),
                        finite(r.installationMetres()),
                        finite(r.installationDatumAccuracyMetres()),
                        r.substationName(),
                        finite(unit.fromMetres(r.substationMetres())),
                        finite(r.substationMetres()),
                        finite(r.substationDatumAccuracyMetres()),
                        r.zonesText()
                    }));
        }
        org.standoff.model.Layer layer = new org.standoff.model.Layer("findings", fields, features, null);
        org.standoff.model.ProjectLayer pl = new org.standoff.model.ProjectLayer(
                "findings",
                layer,
                org.standoff.model.LayerRole.OTHER,
                org.standoff.model.LayerStyle.defaultFor(org.standoff.model.LayerRole.OTHER),
                true);
        org.standoff.model.Project p = new org.standoff.model.Project(
                "findings",
                List.of(pl),
                List.of(),
                List.of(),
                List.of(),
                org.standoff.model.Project.MapViewState.WHOLE_US,
                java.util.Map.of());
        org.standoff.io.store.ProjectFile.write(p, file);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private interface Body {
        void write(java.io.Writer out) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        org.standoff.io.AtomicFiles.writeUtf8(file, body::write);
    }

    private static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String dist(double metres, LengthUnit unit) {
        return Double.isInfinite(metres) ? "" : String.format(Locale.ROOT, "%.3f", unit.fromMetres(metres));
    }

    /** A stated datum accuracy in metres, or empty when it is not known. */
    private static String accuracy(double metres) {
        return Double.isFinite(metres) ? String.format(Locale.ROOT, "%.2f", metres) : "";
    }

    private static String jnum(double v) {
        return Double.isInfinite(v) || Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String js(String v) {
        if (v == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        org.standoff.io.Json.quote(b, v);
        return b.toString();
    }
}
