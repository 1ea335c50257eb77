package org.standoff.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.standoff.geo.crs.CrsException;
import org.standoff.geo.crs.Reprojection;

/**
 * Decodes the content of one {@code .shp} record, read in place from the window's
 * little-endian view, into a JTS geometry in WGS84 longitude/latitude.
 *
 * <p>Guarantees: every count in the record is checked against the record's content length
 * before an array is sized from it; output coordinates are packed ({@code double[]}, no
 * {@code Coordinate} objects) with z kept for Z and MultiPatch types and m dropped; a null
 * shape gives an empty geometry. PolyLine gives LineString or MultiLineString, Polygon gives
 * Polygon or MultiPolygon, MultiPatch gives polygons (triangles and rings) with a warning.
 * Not thread-safe (the factory is shared, the decoder is per read).
 */
final class GeometryDecoder {

    static final GeometryFactory FACTORY = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private final Path file;
    private final ShapeType layerType;
    private final Reprojection reprojection;
    private final Warnings warnings;
    private final double[] one = new double[2];
    private String skipReason;

    GeometryDecoder(Path file, ShapeType layerType, Reprojection reprojection, Warnings warnings) {
        this.file = file;
        this.layerType = layerType;
        this.reprojection = reprojection;
        this.warnings = warnings;
    }

    /** The empty geometry standing for a null shape in a layer of this type. */
    Geometry empty() {
        switch (layerType.base()) {
            case POINT:
                return FACTORY.createPoint();
            case MULTIPOINT:
                return FACTORY.createMultiPoint();
            case POLYLINE:
                return FACTORY.createLineString();
            case POLYGON:
            case MULTIPATCH:
                return FACTORY.createPolygon();
            default:
                return FACTORY.createGeometryCollection();
        }
    }

    /**
     * The record's geometry, or null when its coordinates are not a position on the Earth after
     * conversion (then {@link #skipReason()} says why); throws for a record whose structure is
     * broken.
     */
    Geometry decode(ByteBuffer le, int at, int length, long record) throws ShapefileException {
        skipReason = null;
        int code = le.getInt(at);
        ShapeType type = ShapeType.fromCode(code);
        if (type == null) {
            throw ShapefileException.of(file, record, "bad shape type " + code);
        }
        if (type == ShapeType.NULL) {
            return empty();
        }
        if (type.base() != layerType.base()) {
            throw ShapefileException.of(
                    file, record, "shape type " + type.displayName() + " in a " + layerType.displayName() + " file");
        }
        try {
            switch (type.base()) {
                case POINT:
                    return point(le, at, length, type, record);
                case MULTIPOINT:
                    return multiPoint(le, at, length, type, record);
                default:
                    return parts(le, at, length, type, record);
            }
        } catch (CrsException e) {
            throw ShapefileException.of(file, record, e.getMessage());
        }
    }

    private Point point(ByteBuffer le, int at, int length, ShapeType type, long record)
            throws ShapefileException, CrsException {
        int need = type.hasZ() ? 28 : 20;
        if (length < need) {
            throw ShapefileException.of(
                    file,
                    record,
                    "content length " + length + " bytes, " + need + " needed for a " + type.displayName());
        }
        one[0] = le.getDouble(at + 4);
        one[1] = le.getDouble(at + 12);
        reprojection.transformInPlace(one, 0, 1);
        if (!onEarth(one, 1)) {
            return null;
        }
        double[] c = type.hasZ() ? new double[] {one[0], one[1], le.getDouble(at + 20)} : new double[] {one[0], one[1]};
        return FACTORY.createPoint(new PackedCoordinateSequence.Double(c, c.length, 0));
    }

    private Geometry multiPoint(ByteBuffer le, int at, int length, ShapeType type, long record)
            throws ShapefileException, CrsException {
        if (length < 40) {
            throw ShapefileException.of(
                    file, record, "content length " + length + " bytes, 40 needed for a " + type.displayName());
        }
        int n = le.getInt(at + 36);
        long need = 40 + 16L * n + (type.hasZ() ? 16 + 8L * n : 0);
        if (n < 0 || need > length) {
            throw ShapefileException.of(
                    file,
                    record,
                    "content length mismatch: " + n + " points need " + need + " bytes, record has " + length);
        }
        double[] xy = readXy(le, at + 40, n);
        reprojection.transformInPlace(xy, 0, n);
        if (!onEarth(xy, n)) {
            return null;
        }
        int zAt = at + 40 + 16 * n + 16;
        Point[] points = new Point[n];
        for (int i = 0; i < n; i++) {
            double[] c = type.hasZ()
                    ? new double[] {xy[2 * i], xy[2 * i + 1], le.getDouble(zAt + 8 * i)}
                    : new double[] {xy[2 * i], xy[2 * i + 1]};
            points[i] = FACTORY.createPoint(new PackedCoordinateSequence.Double(c, c.length, 0));
        }
        return FACTORY.createMultiPoint(points);
    }

    private Geometry parts(ByteBuffer le, int at, int length, ShapeType type, long record)
            throws ShapefileException, CrsException {
        if (length < 44) {
            throw ShapefileException.of(
                    file, record, "content length " + length + " bytes, 44 needed for a " + type.displayName());
        }
        boolean patch = type == ShapeType.MULTIPATCH;
        int numParts = le.getInt(at + 36);
        int numPoints = le.getInt(at + 40);
        if (numParts < 0 || numPoints < 0) {
            throw ShapefileException.of(
                    file, record, "negative count (" + numParts + " parts, " + numPoints + " points)");
        }
        long partBytes = 4L * numParts * (patch ? 2 : 1);
        long need = 44 + partBytes + 16L * numPoints + (type.hasZ() ? 16 + 8L * numPoints : 0);
        if (need > length) {
            throw ShapefileException.of(
                    file,
                    record,
                    "content length mismatch: " + numParts + " parts and " + numPoints + " points need " + need
                            + " bytes, record has " + length);
        }
        if (numParts == 0 || numPoints == 0) {
            return empty();
        }
        int[] starts = new int[numParts + 1];
        for (int p = 0; p < numParts; p++) {
            starts[p] = le.getInt(at + 44 + 4 * p);
            if (starts[p] < 0
                    || starts[p] > numPoints
                    || (p > 0 && starts[p] < starts[p - 1])
                    || (p == 0 && starts[0] != 0)) {
                throw ShapefileException.of(file, record, "bad start index " + starts[p] + " of part " + (p + 1));
            }
        }
        starts[numParts] = numPoints;
        int pointsAt = at + 44 + (int) partBytes;
        double[] xy = readXy(le, pointsAt, numPoints);
        double[] z = null;
        if (type.hasZ()) {
            z = new double[numPoints];
            int zAt = pointsAt + 16 * numPoints + 16;
            for (int i = 0; i < numPoints; i++) {
                z[i] = le.getDouble(zAt + 8 * i);
            }
        }
        if (type.base() == ShapeType.POLYLINE) {
            reprojection.transformInPlace(xy, 0, numPoints);
            return onEarth(xy, numPoints) ? lines(xy, z, starts, numParts, record) : null;
        }
        if (patch) {
            return MultiPatchDecoder.decode(this, le, at + 44 + 4 * numParts, xy, z, starts, numParts, record);
        }
        return polygons(xy, z, starts, numParts, record);
    }

    private Geometry lines(double[] xy, double[] z, int[] starts, int numParts, long record) throws ShapefileException {
        LineString[] lines = new LineString[numParts];
        for (int p = 0; p < numParts; p++) {
            int n = starts[p + 1] - starts[p];
            if (n < 2) {
                throw ShapefileException.of(
                        file, record, "line part " + (p + 1) + " with " + n + " points (at least 2 needed)");
            }
            lines[p] = FACTORY.createLineString(sequence(xy, z, starts[p], starts[p + 1], false));
        }
        return numParts == 1 ? lines[0] : FACTORY.createMultiLineString(lines);
    }

    /** Assembles rings in file coordinates (where the winding is meaningful), then reprojects. */
    Geometry polygons(double[] xy, double[] z, int[] starts, int rings, long record)
            throws ShapefileException, CrsException {
        int kept = 0;
        for (int r = 0; r < rings; r++) {
            if (ringHasArea(xy, starts[r], starts[r + 1])) {
                kept++;
            } else {
                warnings.add(file.getFileName() + ": record " + record + ": ring " + (r + 1) + " with "
                        + (starts[r + 1] - starts[r]) + " points encloses nothing; dropped");
            }
        }
        if (kept == 0) {
            skipReason = "no ring with at least 3 distinct points";
            return null;
        }
        if (kept < rings) {
            return polygons(xy, z, keptRings(xy, z, starts, rings), kept, record);
        }
        List<RingAssembler.Group> groups = RingAssembler.assemble(xy, starts, rings);
        reprojection.transformInPlace(xy, 0, starts[rings]);
        if (!onEarth(xy, starts[rings])) {
            return null;
        }
        Polygon[] polygons = new Polygon[groups.size()];
        for (int g = 0; g < polygons.length; g++) {
            RingAssembler.Group group = groups.get(g);
            LinearRing shell = ring(xy, z, starts, group.shell(), record);
            LinearRing[] holes = new LinearRing[group.holes().size()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = ring(xy, z, starts, group.holes().get(h), record);
            }
            polygons[g] = FACTORY.createPolygon(shell, holes);
        }
        return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    }

    /**
     * True when the ring can enclose an area: at least three distinct points, closed or not (an
     * unclosed triangle of 3 points is closed by {@link #ring}, as GDAL does). A 2-point ring or
     * a closed 3-point one (A, B, A) cannot, and is dropped rather than failing the record.
     */
    private static boolean ringHasArea(double[] xy, int from, int to) {
        int n = to - from;
        boolean closed = n > 1 && xy[2 * from] == xy[2 * to - 2] && xy[2 * from + 1] == xy[2 * to - 1];
        return n - (closed ? 1 : 0) >= 3;
    }

    /**
     * Removes the rings that enclose nothing from {@code xy} (and {@code z}) in place, and
     * returns the start indexes of those kept.
     */
    private static int[] keptRings(double[] xy, double[] z, int[] starts, int rings) {
        int[] out = new int[rings + 1];
        int k = 0;
        int point = 0;
        for (int r = 0; r < rings; r++) {
            if (!ringHasArea(xy, starts[r], starts[r + 1])) {
                continue;
            }
            out[k++] = point;
            for (int i = starts[r]; i < starts[r + 1]; i++, point++) {
                xy[2 * point] = xy[2 * i];
                xy[2 * point + 1] = xy[2 * i + 1];
                if (z != null) {
                    z[point] = z[i];
                }
            }
        }
        out[k] = point;
        return java.util.Arrays.copyOf(out, k + 1);
    }

    private LinearRing ring(double[] xy, double[] z, int[] starts, int r, long record) throws ShapefileException {
        int from = starts[r];
        int to = starts[r + 1];
        for (int i = 2 * from; i < 2 * to; i++) {
            if (Double.isNaN(xy[i])) {
                // JTS cannot close or measure such a ring; NaN comes from corrupt values or
                // from points outside the projection's domain.
                throw ShapefileException.of(
                        file,
                        record,
                        "ring " + (r + 1) + " has a coordinate that is not a number"
                                + (reprojection.isIdentity() ? "" : " or lies outside the projection's domain"));
            }
        }
        boolean closed = xy[2 * from] == xy[2 * to - 2] && xy[2 * from + 1] == xy[2 * to - 1];
        if (!closed) {
            warnings.add(file.getFileName() + ": record " + record + ": unclosed ring closed (and possibly others)");
        }
        return FACTORY.createLinearRing(sequence(xy, z, from, to, !closed));
    }

    /**
     * True when every converted point is a longitude/latitude. Values past ±180/±90 by at most
     * {@link ShpHeader#LON_LAT_ROUNDING} are rounding (of a file or of a projection's inverse)
     * and are clamped; anything else, or a value that is not finite (NaN also marks a point
     * outside the projection's domain), fails, with {@link #skipReason} set.
     */
    boolean onEarth(double[] xy, int count) {
        double tol = ShpHeader.LON_LAT_ROUNDING;
        for (int i = 0; i < 2 * count; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                skipReason = "a coordinate is not a number"
                        + (reprojection.isIdentity()
                                ? ""
                                : " after conversion to WGS 84 (outside the projection's domain, or corrupt)");
                return false;
            }
            if (Math.abs(x) > 180 + tol || Math.abs(y) > 90 + tol) {
                skipReason = String.format(
                        java.util.Locale.ROOT,
                        "point %d is not a longitude/latitude%s (%s, %s)",
                        i / 2 + 1,
                        reprojection.isIdentity() ? "" : " after conversion to WGS 84",
                        ordinate(x),
                        ordinate(y));
                return false;
            }
            xy[i] = Math.max(-180, Math.min(180, x));
            xy[i + 1] = Math.max(-90, Math.min(90, y));
        }
        return true;
    }

    /** Why the last {@link #decode} returned null. */
    String skipReason() {
        return skipReason;
    }

    private static PackedCoordinateSequence.Double sequence(double[] xy, double[] z, int from, int to, boolean close) {
        int dim = z == null ? 2 : 3;
        int n = to - from;
        double[] c = new double[(n + (close ? 1 : 0)) * dim];
        if (z == null) {
            System.arraycopy(xy, 2 * from, c, 0, 2 * n);
        } else {
            for (int i = 0; i < n; i++) {
                c[3 * i] = xy[2 * (from + i)];
                c[3 * i + 1] = xy[2 * (from + i) + 1];
                c[3 * i + 2] = z[from + i];
            }
        }
        if (close) {
            System.arraycopy(c, 0, c, n * dim, dim);
        }
        return new PackedCoordinateSequence.Double(c, dim, 0);
    }

    private static double[] readXy(ByteBuffer le, int at, int n) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            xy[i] = le.getDouble(at + 8 * i);
        }
        return xy;
    }

    Path file() {
        return file;
    }

    Warnings warnings() {
        return warnings;
    }

    Reprojection reprojection() {
        return reprojection;
    }

    /** "180.404832", or "-1.797693e+308" for a value no one would read in 300 digits (mapshaper's invalid_coordinates.shp). */
    private static String ordinate(double v) {
        return String.format(java.util.Locale.ROOT, Math.abs(v) < 1e7 ? "%.6f" : "%.6e", v);
    }
}
