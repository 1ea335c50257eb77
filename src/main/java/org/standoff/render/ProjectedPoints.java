package org.standoff.render;

import java.util.Map;
import java.util.WeakHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import org.standoff.geo.WebMercator;
import org.standoff.model.Feature;
import org.standoff.model.Layer;

/**
 * Every point of a layer projected once to Web Mercator pixels at zoom 0, so a frame places
 * 70,000 substations with a multiply-add each instead of a logarithm and a sine each.
 * Built on first use per layer and kept as long as the layer lives. Thread-safe.
 */
final class ProjectedPoints {

    private static final Map<Layer, ProjectedPoints> CACHE = new WeakHashMap<>();

    final double[] x;
    final double[] y;
    final int count;

    private ProjectedPoints(Layer layer) {
        int n = 0;
        for (Feature f : layer.features()) {
            if (f.geometry() instanceof Puntal) {
                n += f.geometry().getNumGeometries();
            }
        }
        x = new double[n];
        y = new double[n];
        int i = 0;
        for (Feature f : layer.features()) {
            Geometry g = f.geometry();
            if (!(g instanceof Puntal)) {
                continue;
            }
            for (int k = 0; k < g.getNumGeometries(); k++) {
                Point p = (Point) g.getGeometryN(k);
                if (!p.isEmpty()) {
                    x[i] = WebMercator.x(p.getX(), 0);
                    y[i] = WebMercator.y(p.getY(), 0);
                    i++;
                }
            }
        }
        count = i;
    }

    static ProjectedPoints of(Layer layer) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(layer, ProjectedPoints::new);
        }
    }
}
