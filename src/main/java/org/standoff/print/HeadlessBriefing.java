package org.standoff.print;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.standoff.analysis.Finding;
import org.standoff.analysis.ProgressListener;
import org.standoff.analysis.ScreeningOp;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.WebMercator;
import org.standoff.model.Feature;
import org.standoff.model.LayerRole;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.render.Viewport;

/**
 * A briefing's snapshot made from a project file without a window (the CLI, tests, review
 * renders): one screening run, the zones' shapes, and a "view" that frames what a briefing is
 * about, since a file has no screen. The frame covers every site and the nearest installation
 * of each (so no site is off the page unannounced), padded 5 %; with no sites, the
 * installations; with neither, any layer; with nothing, the lower 48. Stateless.
 */
public final class HeadlessBriefing {

    private HeadlessBriefing() {}

    /** The snapshot: findings from one screening run, zone shapes, the default frame. */
    public static ProjectSnapshot snapshot(Project p) {
        List<Finding> fs =
                new ScreeningOp(p.layers(), p.zones()).run(p.sites(), ForkJoinPool.commonPool(), ProgressListener.NONE);
        Map<Long, Finding> findings =
                fs.stream().collect(Collectors.toMap(Finding::siteId, Function.identity(), (a, b) -> a));
        Map<String, ProjectLayer> byId =
                p.layers().stream().collect(Collectors.toMap(ProjectLayer::id, Function.identity(), (a, b) -> a));
        List<ZoneShapes.Shape> shapes = new ArrayList<>();
        for (Zone z : p.zones()) {
            shapes.addAll(ZoneShapes.of(z, byId));
        }
        List<ProjectLayer> drawingOrder = new ArrayList<>(p.layers());
        Collections.reverse(drawingOrder);
        return new ProjectSnapshot(
                drawingOrder, p.sites(), p.zones(), shapes, p.ruleSets(), findings, unit(p), view(frame(p, findings)));
    }

    /** The display unit saved in the project, miles when none or unknown. */
    public static LengthUnit unit(Project p) {
        try {
            return LengthUnit.valueOf(p.settings().getOrDefault("display.unit", "MILE"));
        } catch (IllegalArgumentException e) {
            return LengthUnit.MILE;
        }
    }

    /** The sites and their nearest installations, else the installations, else every layer, else the lower 48; padded 5 %. */
    static Envelope frame(Project p, Map<Long, Finding> findings) {
        return frame(p.sites(), p.layers(), findings);
    }

    /** {@link #frame(Project, Map)} over a snapshot's parts. */
    static Envelope frame(List<MiningSite> sites, List<ProjectLayer> layers, Map<Long, Finding> findings) {
        Envelope e = new Envelope();
        Map<String, Map<Long, Feature>> installations = new HashMap<>();
        for (ProjectLayer l : layers) {
            if (l.role() == LayerRole.INSTALLATIONS) {
                installations.put(
                        l.id(),
                        l.data().features().stream()
                                .collect(Collectors.toMap(Feature::id, Function.identity(), (a, b) -> a)));
            }
        }
        for (MiningSite s : sites) {
            e.expandToInclude(s.lon(), s.lat());
            Finding f = findings.get(s.id());
            if (f != null && f.nearestInstallation().isPresent()) {
                Finding.NearestFeature n = f.nearestInstallation().get();
                Feature feature =
                        installations.getOrDefault(n.layerId(), Map.of()).get(n.featureId());
                e.expandToInclude(
                        feature != null
                                ? feature.geometry().getEnvelopeInternal()
                                : new Envelope(n.nearestLon(), n.nearestLon(), n.nearestLat(), n.nearestLat()));
            }
        }
        List<double[]> points =
                sites.stream().map(s -> new double[] {s.lon(), s.lat()}).toList();
        if (e.getWidth() > 180 && UsInsets.plan(points).isEmpty()) {
            // With insets the builder frames the lower 48 and puts the rest in insets; without, cut at 180°.
            acrossAntimeridian(sites, e);
        }
        if (e.isNull()) {
            layers.stream()
                    .filter(l -> l.role() == LayerRole.INSTALLATIONS)
                    .forEach(l -> e.expandToInclude(l.data().envelope()));
        }
        if (e.isNull()) {
            layers.forEach(l -> e.expandToInclude(l.data().envelope()));
        }
        if (e.isNull()) {
            e.init(-124.8, -66.9, 24.4, 49.4);
        }
        double pad = Math.max(0.05 * Math.max(e.getWidth(), e.getHeight()), 0.05);
        e.expandBy(pad);
        return e;
    }

    /**
     * Sites on both sides of 180° (the Aleutians, Guam with Alaska): a box from -180 to 180 would
     * frame the world. Measured with eastern longitudes taken west of -180, the sites may fit a
     * narrower span; then the frame is that span cut at -180 (what lies beyond is counted as
     * outside on the page), else it stays as it was.
     */
    private static void acrossAntimeridian(List<MiningSite> sites, Envelope e) {
        Envelope shifted = new Envelope();
        for (MiningSite s : sites) {
            shifted.expandToInclude(s.lon() > 0 ? s.lon() - 360 : s.lon(), s.lat());
        }
        if (!shifted.isNull() && shifted.getWidth() < e.getWidth()) {
            e.init(Math.max(-180, shifted.getMinX()), shifted.getMaxX(), shifted.getMinY(), shifted.getMaxY());
        }
    }

    /** A viewport whose lon/lat box is {@code e} (clamped to the Web Mercator world), at zoom 10. */
    static Viewport view(Envelope e) {
        double z = 10;
        double west = Math.max(-180, e.getMinX());
        double east = Math.min(180, e.getMaxX());
        double south = Math.max(-85, e.getMinY());
        double north = Math.min(85, e.getMaxY());
        double x0 = WebMercator.x(west, z);
        double y0 = WebMercator.y(north, z);
        return new Viewport(z, x0, y0, WebMercator.x(east, z) - x0, WebMercator.y(south, z) - y0);
    }
}
