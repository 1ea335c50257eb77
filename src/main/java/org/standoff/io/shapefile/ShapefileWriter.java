package org.standoff.io.shapefile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.model.Feature;
import org.standoff.model.Field;

/**
 * Writes features as a shapefile: {@code .shp}, {@code .shx}, {@code .dbf}, {@code .cpg} and,
 * when given, {@code .prj}.
 *
 * <p>Supports Point, MultiPoint, PolyLine and Polygon and their Z and M variants (M written as
 * 0). Coordinates are written exactly as they are in the features, so the {@code prjWkt} must
 * describe them; nothing is reprojected. Polygon rings are written in the specification's
 * winding (outer clockwise, holes counter-clockwise) whatever their input orientation. Empty
 * geometries are written as null shapes. Existing files are overwritten. Does not: write
 * MultiPatch, or check that geometries are valid.
 */
public final class ShapefileWriter {

    private ShapefileWriter() {}

    /** Writes WGS84 features with a WGS84 {@code .prj} and UTF-8 text. */
    public static void write(Path shp, ShapeType type, List<Field> fields, List<Feature> features)
            throws ShapefileException {
        write(shp, type, fields, features, StandardCharsets.UTF_8, PrjCrs.WGS84_ESRI_WKT);
    }

    /**
     * Writes the shapefile.
     *
     * @param charset encoding of attribute text, recorded in the {@code .cpg} and the DBF code page byte
     * @param prjWkt text of the {@code .prj}, or null to write no {@code .prj}
     */
    public static void write(
            Path shp, ShapeType type, List<Field> fields, List<Feature> features, Charset charset, String prjWkt)
            throws ShapefileException {
        write(shp, type, columnsOf(fields), rows(features), features, charset, CodePages.ldidFor(charset), prjWkt);
    }

    /** The full form, for tests that need raw dBase column types or a particular code page byte. */
    static void write(
            Path shp,
            ShapeType type,
            List<DbfWriter.Column> columns,
            List<Object[]> rows,
            List<Feature> features,
            Charset charset,
            int ldid,
            String prjWkt)
            throws ShapefileException {
        if (type == ShapeType.MULTIPATCH || type == ShapeType.NULL) {
            throw new IllegalArgumentException("cannot write " + type.displayName());
        }
        try {
            ShpEncoder encoder = new ShpEncoder(type);
            List<byte[]> records = new ArrayList<>(features.size());
            Envelope box = new Envelope();
            double[] zRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (Feature f : features) {
                records.add(encoder.encode(f.geometry(), zRange));
                box.expandToInclude(f.geometry().getEnvelopeInternal());
            }
            writeShpAndShx(shp, type, records, box, zRange);
            try (OutputStream out =
                    new BufferedOutputStream(Files.newOutputStream(ShapefileFiles.sibling(shp, "dbf")))) {
                DbfWriter.write(out, columns, rows, charset, ldid);
            }
            Files.writeString(
                    ShapefileFiles.sibling(shp, "cpg"), CodePages.cpgText(charset), StandardCharsets.US_ASCII);
            if (prjWkt != null) {
                Files.writeString(ShapefileFiles.sibling(shp, "prj"), prjWkt, StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw ShapefileException.io(shp, e);
        }
    }

    private static void writeShpAndShx(Path shp, ShapeType type, List<byte[]> records, Envelope box, double[] zRange)
            throws IOException {
        long shpLength = 100;
        for (byte[] r : records) {
            shpLength += 8 + r.length;
        }
        if (box.isNull()) {
            box = new Envelope(0, 0, 0, 0);
        }
        if (zRange[0] > zRange[1]) {
            zRange[0] = 0;
            zRange[1] = 0;
        }
        try (OutputStream shpOut = new BufferedOutputStream(Files.newOutputStream(shp));
                OutputStream shxOut =
                        new BufferedOutputStream(Files.newOutputStream(ShapefileFiles.sibling(shp, "shx")))) {
            shpOut.write(ShpEncoder.header(type, shpLength, box, zRange));
            shxOut.write(ShpEncoder.header(type, 100 + 8L * records.size(), box, zRange));
            long offset = 100;
            int number = 1;
            for (byte[] r : records) {
                shpOut.write(ShpEncoder.bigEndianInts(number++, r.length / 2));
                shpOut.write(r);
                shxOut.write(ShpEncoder.bigEndianInts((int) (offset / 2), r.length / 2));
                offset += 8 + r.length;
            }
        }
    }

    private static List<DbfWriter.Column> columnsOf(List<Field> fields) {
        List<DbfWriter.Column> out = new ArrayList<>();
        for (Field f : fields) {
            String name = f.name().length() > 10 ? f.name().substring(0, 10) : f.name();
            out.add(
                    switch (f.type()) {
                        case STRING ->
                            new DbfWriter.Column(name, 'C', f.length() > 0 ? Math.min(f.length(), 254) : 254, 0);
                        case INTEGER -> new DbfWriter.Column(name, 'N', f.length() > 0 ? f.length() : 18, 0);
                        case DOUBLE ->
                            new DbfWriter.Column(
                                    name, 'N', f.length() > 0 ? f.length() : 24, f.decimals() > 0 ? f.decimals() : 10);
                        case BOOLEAN -> new DbfWriter.Column(name, 'L', 1, 0);
                        case DATE -> new DbfWriter.Column(name, 'D', 8, 0);
                        case TIMESTAMP -> new DbfWriter.Column(name, '@', 8, 0);
                    });
        }
        return out;
    }

    private static List<Object[]> rows(List<Feature> features) {
        List<Object[]> out = new ArrayList<>(features.size());
        for (Feature f : features) {
            out.add(f.values());
        }
        return out;
    }
}
