package org.standoff.render;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.standoff.model.Feature;
import org.standoff.model.ProjectLayer;

/**
 * Finds the feature under a screen point: the nearest point symbol or line within a few
 * pixels, else the topmost polygon containing the point. Distances here are screen pixels
 * because the question is "what did the user click on", not a measurement. Thread-safe.
 */
public final class Picker {

    /** How close, in pixels, a click must be to a point or line to pick it. */
    public static final double TOLERANCE_PX = 6;

    /** A picked feature and its layer. */
    public record Pick(ProjectLayer layer, Feature feature) {}

    private static final GeometryFactory GF = new GeometryFactory();

    private Picker() {}

    /** The feature at surface point (x, y), searching the layers top first. */
    public static Optional<Pick> pick(Viewport v, List<ProjectLayer> topFirst, double x, double y) {
        Envelope box = new Envelope(
                v.lon(x - TOLERANCE_PX), v.lon(x + TOLERANCE_PX), v.lat(y + TOLERANCE_PX), v.lat(y - TOLERANCE_PX));
        Point here = GF.createPoint(new Coordinate(v.lon(x), v.lat(y)));
        for (ProjectLayer layer : topFirst) {
            if (!layer.visible()) {
                continue;
            }
            Feature best = null;
            double bestPx = TOLERANCE_PX;
            Feature area = null;
            for (Feature f : CullingIndex.of(layer.data()).query(box)) {
                Geometry g = f.geometry();
                if (g.getDimension() == 2) {
                    if (area == null && g.contains(here)) {
                        area = f;
                    }
                    double px = pixelDistance(v, g, x, y);
                    if (px < bestPx) {
                        bestPx = px;
                        best = f;
                    }
                } else {
                    double px = pixelDistance(v, g, x, y);
                    if (px <= bestPx) {
                        bestPx = px;
                        best = f;
                    }
                }
            }
            if (best != null && best.geometry().getDimension() < 2) {
                return Optional.of(new Pick(layer, best));
            }
            if (area != null) {
                return Optional.of(new Pick(layer, area));
            }
            if (best != null) {
                return Optional.of(new Pick(layer, best));
            }
        }
        return Optional.empty();
    }

    /** The mining site nearest (x, y) within {@code tolerancePx}, if any. */
    public static Optional<org.standoff.model.MiningSite> pickSite(
            Viewport v, List<org.standoff.model.MiningSite> sites, double x, double y, double tolerancePx) {
        org.standoff.model.MiningSite best = null;
        double bestSq = tolerancePx * tolerancePx;
        double lon0 = v.lon(x - tolerancePx);
        double lon1 = v.lon(x + tolerancePx);
        double lat0 = v.lat(y + tolerancePx);
        double lat1 = v.lat(y - tolerancePx);
        for (org.standoff.model.MiningSite s : sites) {
            if (s.lon() < lon0 || s.lon() > lon1 || s.lat() < lat0 || s.lat() > lat1) {
                continue;
            }
            double dx = v.x(s.lon()) - x;
            double dy = v.y(s.lat()) - y;
            double d = dx * dx + dy * dy;
            if (d <= bestSq) {
                bestSq = d;
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Screen distance from (x, y) to the geometry, measured in lon/lat scaled to pixels locally. */
    private static double pixelDistance(Viewport v, Geometry g, double x, double y) {
        double lon = v.lon(x);
        double lat = v.lat(y);
        double pxPerLon = Math.abs(v.x(lon + 1e-3) - v.x(lon)) / 1e-3;
        double pxPerLat = Math.abs(v.y(lat + 1e-3) - v.y(lat)) / 1e-3;
        Coordinate c = new org.locationtech.jts.operation.distance.DistanceOp(
                        g, GF.createPoint(new Coordinate(lon, lat)))
                .nearestPoints()[0];
        return Math.hypot((c.x - lon) * pxPerLon, (c.y - lat) * pxPerLat);
    }
}
