package org.standoff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.Geodesic;
import org.standoff.model.Feature;

/** Seeded generators of sites, points and star-shaped polygons for tests and benchmarks. */
final class RandomFeatures {

    static final GeometryFactory FACTORY = new GeometryFactory();

    private final SplittableRandom random;
    private final double west;
    private final double east;
    private final double south;
    private final double north;

    /** Generates inside a lon/lat box (west may exceed east to cross the antimeridian). */
    RandomFeatures(long seed, double west, double east, double south, double north) {
        this.random = new SplittableRandom(seed);
        this.west = west;
        this.east = east < west ? east + 360 : east;
        this.south = south;
        this.north = north;
    }

    /** The conterminous US box. */
    static RandomFeatures conus(long seed) {
        return new RandomFeatures(seed, -124.5, -67, 25, 49);
    }

    double[] lonLat() {
        double lon = west + random.nextDouble() * (east - west);
        return new double[] {lon > 180 ? lon - 360 : lon, south + random.nextDouble() * (north - south)};
    }

    List<Site> sites(int n) {
        List<Site> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = lonLat();
            out.add(new Site(i, p[0], p[1]));
        }
        return out;
    }

    List<Feature> points(int n) {
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = lonLat();
            out.add(new Feature(1000 + i, FACTORY.createPoint(new Coordinate(p[0], p[1])), new Object[0]));
        }
        return out;
    }

    /** Star-shaped polygons of minVertices..maxVertices vertices, 1-15 km radius, geodesically placed. */
    List<Feature> polygons(int n, int minVertices, int maxVertices) {
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Feature(
                    5000 + i, polygon(minVertices + random.nextInt(maxVertices - minVertices + 1)), new Object[0]));
        }
        return out;
    }

    Geometry polygon(int vertices) {
        double[] c = lonLat();
        double radius = 1000 + random.nextDouble() * 14_000;
        Coordinate[] ring = new Coordinate[vertices + 1];
        double wobble = 0.2 + 0.5 * random.nextDouble();
        for (int k = 0; k < vertices; k++) {
            double r = radius * (1 - wobble * random.nextDouble());
            double[] p = Geodesic.destination(c[0], c[1], 360.0 * k / vertices, r);
            // Keep longitudes continuous with the centre so a polygon may run past ±180.
            double lon = c[0] + ((p[0] - c[0] + 540) % 360 - 180);
            ring[vertices - k] = new Coordinate(lon, p[1]);
        }
        ring[0] = ring[vertices];
        return FACTORY.createPolygon(ring);
    }
}
