package org.standoff.geo.distance;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.Wgs84;

/**
 * A JTS geometry flattened into the arrays {@link PreparedGeodesicGeometry} searches: vertices,
 * paths (a line, a closed ring or a lone point), and polygons as lists of rings with the side
 * their interior lies on.
 *
 * <p>Built once, then only read. Not thread-safe while building.
 */
public final class FlatGeometry {

    /** A run of vertices; a ring repeats its first vertex at the end; a lone point has one vertex. */
    record Path(int firstVertex, int vertexCount, int polygon, boolean interiorLeft) {
        boolean isRing() {
            return polygon >= 0;
        }
    }

    /** A polygon: the indices of its rings' paths (shell first) and its latitude range. */
    record PolygonRings(int[] paths, double minLat, double maxLat) {}

    double[] lon = new double[64];
    double[] lat = new double[64];
    int vertexCount;
    final List<Path> paths = new ArrayList<>();
    final List<PolygonRings> polygons = new ArrayList<>();

    static FlatGeometry of(Geometry geometry) {
        FlatGeometry flat = new FlatGeometry();
        flat.add(geometry);
        return flat;
    }

    private void add(Geometry g) {
        if (g.isEmpty()) {
            return;
        }
        if (g instanceof Point p) {
            addPath(new Coordinate[] {p.getCoordinate()}, -1, false);
        } else if (g instanceof LineString line) {
            addPath(line.getCoordinates(), -1, false);
        } else if (g instanceof Polygon polygon) {
            addPolygon(polygon);
        } else if (g instanceof GeometryCollection collection) {
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                add(collection.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException("Unsupported geometry type: " + g.getGeometryType());
        }
    }

    private void addPolygon(Polygon polygon) {
        int id = polygons.size();
        int[] ringPaths = new int[polygon.getNumInteriorRing() + 1];
        for (int r = 0; r < ringPaths.length; r++) {
            Coordinate[] ring = (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1)).getCoordinates();
            boolean ccw = signedArea(ring) > 0;
            // The polygon's interior is left of a counter-clockwise shell and right of a
            // counter-clockwise hole (holes count as outside).
            ringPaths[r] = addPath(ring, id, r == 0 ? ccw : !ccw);
        }
        double minLat = polygon.getEnvelopeInternal().getMinY();
        double maxLat = polygon.getEnvelopeInternal().getMaxY();
        polygons.add(new PolygonRings(ringPaths, minLat, maxLat));
    }

    private int addPath(Coordinate[] coords, int polygon, boolean interiorLeft) {
        int first = vertexCount;
        for (Coordinate c : coords) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || c.y < -90 || c.y > 90) {
                throw new IllegalArgumentException("Not a valid longitude/latitude: " + c.x + ", " + c.y);
            }
            if (vertexCount == lon.length) {
                lon = java.util.Arrays.copyOf(lon, vertexCount * 2);
                lat = java.util.Arrays.copyOf(lat, vertexCount * 2);
            }
            lon[vertexCount] = c.x;
            lat[vertexCount] = c.y;
            vertexCount++;
        }
        paths.add(new Path(first, coords.length, polygon, interiorLeft));
        return paths.size() - 1;
    }

    /** Shoelace area in degrees², longitudes unwrapped from the first vertex so the antimeridian is no seam. */
    public static double signedArea(Coordinate[] ring) {
        double sum = 0;
        double px = 0;
        double py = ring[0].y;
        for (int i = 1; i < ring.length; i++) {
            double x = px + Wgs84.wrap180(ring[i].x - ring[i - 1].x);
            double y = ring[i].y;
            sum += px * y - x * py;
            px = x;
            py = y;
        }
        // Closing edge back to the first vertex at x = 0 (zero length when the ring is closed).
        sum += px * ring[0].y;
        return sum / 2;
    }
}
