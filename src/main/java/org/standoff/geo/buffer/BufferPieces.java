package org.standoff.geo.buffer;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;
import org.standoff.geo.distance.FlatGeometry;

/**
 * The simple polygons whose union is the geodesic buffer of one geometry: the geometry's own
 * polygons, and for every edge of every ring or line the strip between the edge and its geodesic
 * offset at distance r on the exterior side, extended at convex vertices by the circular sector
 * between the two edges' normals (the points whose nearest feature point is that vertex).
 *
 * <p>Why this is the buffer: an exterior point within r of the boundary has its nearest
 * boundary point either inside an edge (then it lies in that edge's strip, reached along the
 * edge's normal) or at a vertex (then it lies in the normal cone of a convex vertex, i.e. in its
 * sector). Every vertex of a piece is computed with the direct geodesic problem at exactly r
 * from its foot on the feature; lines are walked forward and back, so both sides get strips and
 * the ends get half-circle caps. Coordinates are unwrapped around a reference longitude so the
 * pieces may run past ±180°; the caller splits the union.
 *
 * <p>Sampling: arcs every {@code sqrt(8·(tol/3)/r)} radians (circle sagitta tol/3), edges every
 * {@code sqrt(8R·(tol/3)/(|tan φ| + 0.2))} metres so that a straight lon/lat segment strays less
 * than tol/3 from the geodesic it stands for.
 *
 * <p>Not thread-safe; one instance per geometry and thread.
 */
final class BufferPieces {

    private final GeometryFactory factory;
    private final double radius;
    private final double tolerance;
    private final double refLon;
    private final double arcStepDeg;
    private final List<Geometry> pieces = new ArrayList<>();
    private final double[] inv = new double[3];
    private final double[] dir = new double[3];
    private final double[] off = new double[3];

    private BufferPieces(GeometryFactory factory, double radius, double tolerance, double refLon) {
        this.factory = factory;
        this.radius = radius;
        this.tolerance = tolerance;
        this.refLon = refLon;
        this.arcStepDeg = Math.toDegrees(Math.min(Math.PI / 8, Math.sqrt(8 * (tolerance / 3) / radius)));
    }

    /** The pieces of {@code g}, whose longitudes are already unwrapped around {@code refLon}. */
    static List<Geometry> of(Geometry g, double radius, double tolerance, double refLon, GeometryFactory factory) {
        BufferPieces b = new BufferPieces(factory, radius, tolerance, refLon);
        b.add(g);
        return b.pieces;
    }

    private void add(Geometry g) {
        if (g.isEmpty()) {
            return;
        }
        if (g instanceof Point p) {
            circle(p.getX(), p.getY());
        } else if (g instanceof LineString line) {
            Coordinate[] c = CoordinateArrays.removeRepeatedPoints(line.getCoordinates());
            if (c.length == 1) {
                circle(c[0].x, c[0].y);
            } else {
                Coordinate[] walk = new Coordinate[2 * c.length - 1];
                for (int i = 0; i < c.length; i++) {
                    walk[i] = c[i];
                    walk[walk.length - 1 - i] = c[i];
                }
                ring(walk, 1, true);
            }
        } else if (g instanceof Polygon polygon) {
            pieces.add(polygon);
            for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                Coordinate[] c = CoordinateArrays.removeRepeatedPoints(
                        (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1)).getCoordinates());
                if (c.length < 4) {
                    continue;
                }
                boolean ccw = FlatGeometry.signedArea(c) > 0;
                boolean interiorLeft = r == 0 ? ccw : !ccw;
                ring(c, interiorLeft ? 1 : -1, false);
            }
        } else if (g instanceof GeometryCollection collection) {
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                add(collection.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException("Unsupported geometry type: " + g.getGeometryType());
        }
    }

    private void circle(double lon, double lat) {
        int n = Math.max(8, (int) Math.ceil(360 / arcStepDeg));
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            ring[i] = offset(lon, lat, 360.0 * i / n);
        }
        ring[n] = ring[0];
        pieces.add(factory.createPolygon(ring));
    }

    /**
     * Strips and sectors along a closed walk c[0] .. c[n-1] = c[0]; side +1 puts them right of
     * the direction of travel, -1 left. A walk that turns straight back (a line's end) gets a
     * half circle.
     */
    private void ring(Coordinate[] c, int side, boolean lineWalk) {
        int m = c.length - 1;
        double[] az1 = new double[m];
        double[] az2 = new double[m];
        double[] length = new double[m];
        for (int j = 0; j < m; j++) {
            Geodesic.inverse(c[j].x, c[j].y, c[j + 1].x, c[j + 1].y, inv);
            length[j] = inv[0];
            az1[j] = inv[1];
            az2[j] = inv[2];
        }
        for (int j = 0; j < m; j++) {
            int next = (j + 1) % m;
            Coordinate a = c[j];
            Coordinate b = c[j + 1];
            double nIn = az2[j] + 90 * side;
            double nOut = az1[next] + 90 * side;
            boolean turnaround = lineWalk && c[next + 1].equals2D(a);
            double delta = turnaround ? -180 * side : Wgs84.wrap180(nOut - nIn);
            CoordinateList piece = new CoordinateList();
            int k = samples(a, b, length[j]);
            List<Coordinate> offsets = new ArrayList<>(k + 1);
            for (int i = 0; i <= k; i++) {
                double lon = a.x;
                double lat = a.y;
                double azimuth = az1[j];
                if (i == k) {
                    lon = b.x;
                    lat = b.y;
                    azimuth = az2[j];
                } else if (i > 0) {
                    Geodesic.direct(a.x, a.y, az1[j], length[j] * i / k, dir);
                    lon = unwrap(dir[0]);
                    lat = dir[1];
                    azimuth = dir[2];
                }
                if (i == 0 || i == k) {
                    // The base is the straight lon/lat edge, shared exactly with the polygon piece,
                    // so no sliver is left between a geodesic base and the drawn polygon.
                    piece.add(new Coordinate(lon, lat), false);
                }
                offsets.add(offset(lon, lat, azimuth + 90 * side));
            }
            if (delta * side < 0) {
                int steps = Math.max(1, (int) Math.ceil(Math.abs(delta) / arcStepDeg));
                for (int s = 0; s < steps; s++) {
                    piece.add(offset(b.x, b.y, nOut - delta * s / steps), false);
                }
            }
            for (int i = k; i >= 0; i--) {
                piece.add(offsets.get(i), false);
            }
            piece.closeRing();
            if (piece.size() >= 4) {
                pieces.add(factory.createPolygon(piece.toCoordinateArray()));
            }
        }
    }

    private int samples(Coordinate a, Coordinate b, double length) {
        double lat = Math.min(89, Math.max(Math.abs(a.y), Math.abs(b.y)) + Wgs84.reachDegrees(radius));
        double tan = Math.tan(Math.toRadians(lat));
        double maxStep = Math.sqrt(8 * Wgs84.MIN_RADIUS * (tolerance / 3) / (tan + 0.2));
        return Math.max(1, (int) Math.ceil(length / maxStep));
    }

    private Coordinate offset(double lon, double lat, double azimuth) {
        Geodesic.direct(lon, lat, azimuth, radius, off);
        return new Coordinate(unwrap(off[0]), off[1]);
    }

    private double unwrap(double lon) {
        return refLon + Wgs84.wrap180(lon - refLon);
    }
}
