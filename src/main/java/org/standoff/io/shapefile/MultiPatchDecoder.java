package org.standoff.io.shapefile;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.crs.CrsException;

/**
 * Turns a MultiPatch record into polygons, as GDAL does: triangle strips and fans become one
 * triangle polygon each, and ring parts (outer, inner, first, ring) go through the ordinary
 * polygon ring assembly. The 3-D surface meaning is lost, which is why a warning is recorded;
 * for a 2-D proximity tool the footprint is what matters.
 */
final class MultiPatchDecoder {

    private static final int TRIANGLE_STRIP = 0;
    private static final int TRIANGLE_FAN = 1;

    private MultiPatchDecoder() {}

    static Geometry decode(
            GeometryDecoder decoder,
            ByteBuffer le,
            int partTypesAt,
            double[] xy,
            double[] z,
            int[] starts,
            int numParts,
            long record)
            throws ShapefileException, CrsException {
        decoder.warnings()
                .add(decoder.file().getFileName() + ": MultiPatch records read as polygons (3-D surfaces flattened)");
        List<Polygon> polygons = new ArrayList<>();
        List<Integer> ringParts = new ArrayList<>();
        for (int p = 0; p < numParts; p++) {
            int partType = le.getInt(partTypesAt + 4 * p);
            int from = starts[p];
            int to = starts[p + 1];
            if (partType == TRIANGLE_STRIP || partType == TRIANGLE_FAN) {
                for (int i = from; i + 2 < to; i++) {
                    // A strip's triangles slide along the part; a fan's all share its first vertex.
                    int a = partType == TRIANGLE_STRIP ? i : from;
                    polygons.add(triangle(decoder, xy, z, a, i + 1, i + 2, record));
                }
            } else if (partType >= 2 && partType <= 5) {
                ringParts.add(p);
            } else {
                throw ShapefileException.of(decoder.file(), record, "bad MultiPatch part type " + partType);
            }
        }
        if (!ringParts.isEmpty()) {
            int[] ringStarts = new int[ringParts.size() + 1];
            int total = 0;
            for (int p : ringParts) {
                total += starts[p + 1] - starts[p];
            }
            double[] rxy = new double[2 * total];
            double[] rz = z == null ? null : new double[total];
            int k = 0;
            for (int r = 0; r < ringParts.size(); r++) {
                int p = ringParts.get(r);
                ringStarts[r] = k;
                for (int i = starts[p]; i < starts[p + 1]; i++, k++) {
                    rxy[2 * k] = xy[2 * i];
                    rxy[2 * k + 1] = xy[2 * i + 1];
                    if (rz != null) {
                        rz[k] = z[i];
                    }
                }
            }
            ringStarts[ringParts.size()] = k;
            Geometry rings = decoder.polygons(rxy, rz, ringStarts, ringParts.size(), record);
            if (rings == null) {
                return null;
            }
            for (int i = 0; i < rings.getNumGeometries(); i++) {
                polygons.add((Polygon) rings.getGeometryN(i));
            }
        }
        if (polygons.isEmpty()) {
            return decoder.empty();
        }
        return polygons.size() == 1
                ? polygons.get(0)
                : GeometryDecoder.FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static Polygon triangle(GeometryDecoder decoder, double[] xy, double[] z, int a, int b, int c, long record)
            throws CrsException, ShapefileException {
        int[] idx = {a, b, c, a};
        double[] txy = new double[8];
        double[] coords = new double[z == null ? 8 : 12];
        for (int i = 0; i < 4; i++) {
            txy[2 * i] = xy[2 * idx[i]];
            txy[2 * i + 1] = xy[2 * idx[i] + 1];
        }
        decoder.reprojection().transformInPlace(txy, 0, 4);
        for (double v : txy) {
            if (Double.isNaN(v)) {
                throw ShapefileException.of(decoder.file(), record, "triangle with a coordinate that is not a number");
            }
        }
        int dim = z == null ? 2 : 3;
        for (int i = 0; i < 4; i++) {
            coords[dim * i] = txy[2 * i];
            coords[dim * i + 1] = txy[2 * i + 1];
            if (z != null) {
                coords[dim * i + 2] = z[idx[i]];
            }
        }
        return GeometryDecoder.FACTORY.createPolygon(GeometryDecoder.FACTORY.createLinearRing(
                new org.locationtech.jts.geom.impl.PackedCoordinateSequence.Double(coords, dim, 0)));
    }
}
