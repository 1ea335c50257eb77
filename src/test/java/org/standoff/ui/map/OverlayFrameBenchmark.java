package org.standoff.ui.map;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Geometry;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Feature;
import org.standoff.model.FeatureFilter;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.render.SiteStyle;
import org.standoff.render.Viewport;
import org.standoff.sample.SyntheticData;
import org.standoff.sample.SyntheticGeography;

/**
 * Prints the CPU time of one full overlay frame as the map paints it on screen
 * ({@link FeatureOverlay#paintImage}: data layers, zones with their labels, sites), on the
 * national project of {@code standoff sample --large} (800 installations, 70,000 substations,
 * 100,000 sites, CFIUS zones at 1 mi and 1–100 mi around every installation), at national,
 * regional and city zoom, the view panned a little each frame as during a drag. CPU time of the
 * painting thread (ThreadMXBean), so another process on a loaded machine does not count; wall
 * time beside it. With a directory argument it also writes each view's last frame as a PNG.
 * Not a test; run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.ui.map.OverlayFrameBenchmark [PNG_DIR]}
 */
public final class OverlayFrameBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path pngs = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : null;
        ProjectLayer inst = new ProjectLayer(
                "i",
                SyntheticData.installations(800, 1),
                LayerRole.INSTALLATIONS,
                LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                true);
        ProjectLayer subs = new ProjectLayer(
                "s",
                SyntheticGeography.substations(70_000, 2),
                LayerRole.SUBSTATIONS,
                LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                true);
        List<Geometry> outlines =
                inst.data().features().stream().map(Feature::geometry).toList();
        // unmodifiable, as the overlay holds them (FeatureOverlay.setSites)
        List<MiningSite> sites =
                List.copyOf(SyntheticGeography.sites(100_000, 3, SyntheticGeography.cities(2), outlines));
        List<ZoneShapes.Shape> zones = new ArrayList<>();
        Map<String, ProjectLayer> byId = Map.of("i", inst);
        zones.addAll(ZoneShapes.of(
                zone("z1", "CFIUS close proximity", List.of(Zone.Band.disc(LengthUnit.MILE.toMetres(1))), "#d7191c"),
                byId));
        zones.addAll(ZoneShapes.of(
                zone(
                        "z2",
                        "CFIUS extended range",
                        List.of(new Zone.Band(LengthUnit.MILE.toMetres(1), LengthUnit.MILE.toMetres(100))),
                        "#7b3294"),
                byId));
        List<ProjectLayer> layers = List.of(subs, inst); // drawing order, bottom first
        System.out.printf(
                "national project: %d installations, %d substations, %d sites, %d zone shapes; %d cores, load %.1f%n",
                inst.data().features().size(),
                subs.data().features().size(),
                sites.size(),
                zones.size(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int w = 1280;
        int h = 800;
        for (int zoom : new int[] {4, 7, 11}) {
            Viewport v = zoom == 4
                    ? Viewport.centredOn(-96, 38.5, 4, w, h)
                    : zoom == 7 ? Viewport.centredOn(-105, 39, 7, w, h) : Viewport.centredOn(-104.82, 41.14, 11, w, h);
            frames("everything", v, layers, sites, zones, pngs);
            frames("layers only", v, layers, List.of(), List.of(), null);
            frames("zones only", v, List.of(), List.of(), zones, null);
            frames("sites only", v, List.of(), sites, List.of(), null);
        }
    }

    private static Zone zone(String id, String name, List<Zone.Band> bands, String colour) {
        return new Zone(id, name, Zone.Kind.LAYER_BUFFER, "i", FeatureFilter.ALL, null, bands, false, colour, null);
    }

    private static void frames(
            String what,
            Viewport v,
            List<ProjectLayer> layers,
            List<MiningSite> sites,
            List<ZoneShapes.Shape> zones,
            Path pngs)
            throws Exception {
        int n = 30;
        double[] cpu = new double[n];
        double[] wall = new double[n];
        java.awt.image.BufferedImage last = null;
        for (int round = 0; round < 3; round++) { // the first two warm the JIT and the per-zoom caches
            for (int i = 0; i < n; i++) {
                Viewport moved =
                        new Viewport(v.zoom(), v.originX() + i * 7, v.originY() + i * 3, v.width(), v.height());
                FeatureOverlay.Frame f = new FeatureOverlay.Frame(
                        moved,
                        layers,
                        Set.of(),
                        sites,
                        null,
                        zones,
                        null,
                        LengthUnit.MILE,
                        List.of(),
                        SiteStyle.DEFAULT,
                        true);
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                last = FeatureOverlay.paintImage(f);
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        System.out.printf(
                "frame zoom %2.0f %-11s CPU median %5.1f ms, max %5.1f ms; wall median %5.1f ms (%dx%d)%n",
                v.zoom(), what, median(cpu), Arrays.stream(cpu).max().orElse(0), median(wall), (int) v.width(), (int)
                        v.height());
        if (pngs != null) {
            ImageIO.write(
                    last,
                    "png",
                    pngs.resolve("overlay-zoom" + (int) v.zoom() + ".png").toFile());
        }
    }

    private static double median(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
