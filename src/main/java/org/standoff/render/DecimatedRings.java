package org.standoff.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.WebMercator;
import org.standoff.model.Feature;
import org.standoff.model.Layer;

/**
 * Polygon and line outlines already projected to Web Mercator pixels at a whole zoom level and
 * thinned to vertices at least {@link GeometryPath#MIN_STEP_PX} apart, cached per layer and
 * level. At national zoom an installation of 2,000 vertices is a dozen pixels across; drawing
 * it from this cache costs a dozen vertices instead of 2,000 projections.
 *
 * <p>Only features that thin to less than half their vertices are cached (at city zoom nothing
 * thins, and the cache would only double the memory); for the others {@link #rings} returns
 * null and the caller traces the geometry itself. Coordinates are world pixels at the level:
 * scale by {@code 2^(zoom - level)} and subtract the viewport origin. Thread-safe.
 */
final class DecimatedRings {

    /** Levels above this are never cached: there, culling already limits the work. */
    static final int MAX_LEVEL = 10;

    private static final Map<Layer, Map<Integer, Map<Feature, double[][]>>> CACHE = new WeakHashMap<>();
    private static final double[][] NOT_CACHED = new double[0][];

    private DecimatedRings() {}

    /** The feature's rings/lines at the level as interleaved x, y world pixels, or null. */
    static double[][] rings(Layer layer, Feature f, int level) {
        if (level > MAX_LEVEL || f.geometry().getDimension() == 0) {
            return null;
        }
        Map<Feature, double[][]> perFeature;
        synchronized (CACHE) {
            perFeature = CACHE.computeIfAbsent(layer, l -> new java.util.HashMap<>())
                    .computeIfAbsent(level, z -> java.util.Collections.synchronizedMap(new IdentityHashMap<>()));
        }
        double[][] r = perFeature.computeIfAbsent(f, ff -> build(ff.geometry(), level));
        return r == NOT_CACHED ? null : r;
    }

    /**
     * The rings and lines of any geometry at the level, projected and thinned like a cached
     * feature's, whatever they thin to; not cached here (the caller keeps them).
     */
    static double[][] project(Geometry g, int level) {
        List<double[]> out = new ArrayList<>();
        collect(g, level, out, new int[2]);
        return out.toArray(new double[0][]);
    }

    private static double[][] build(Geometry g, int level) {
        List<double[]> out = new ArrayList<>();
        int[] counts = new int[2];
        collect(g, level, out, counts);
        return counts[1] * 2 <= counts[0] ? out.toArray(new double[0][]) : NOT_CACHED;
    }

    private static void collect(Geometry g, int level, List<double[]> out, int[] counts) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                out.add(thin(p.getExteriorRing().getCoordinateSequence(), level, counts));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    out.add(thin(p.getInteriorRingN(h).getCoordinateSequence(), level, counts));
                }
            } else if (part instanceof LineString l) {
                out.add(thin(l.getCoordinateSequence(), level, counts));
            } else if (part != g) {
                collect(part, level, out, counts);
            }
        }
    }

    private static double[] thin(CoordinateSequence seq, int level, int[] counts) {
        int n = seq.size();
        double[] xy = new double[2 * n];
        int k = 0;
        double minSq = GeometryPath.MIN_STEP_PX * GeometryPath.MIN_STEP_PX;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < n; i++) {
            double x = WebMercator.x(seq.getX(i), level);
            double y = WebMercator.y(seq.getY(i), level);
            double dx = x - lastX;
            double dy = y - lastY;
            if (i == 0 || i == n - 1 || dx * dx + dy * dy >= minSq) {
                xy[k++] = x;
                xy[k++] = y;
                lastX = x;
                lastY = y;
            }
        }
        counts[0] += n;
        counts[1] += k / 2;
        return java.util.Arrays.copyOf(xy, k);
    }
}
