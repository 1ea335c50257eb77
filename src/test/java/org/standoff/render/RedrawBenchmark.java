package org.standoff.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;
import org.standoff.render.basemap.BasemapLoader;
import org.standoff.render.basemap.BasemapPainter;
import org.standoff.render.tiles.TileRenderer;
import org.standoff.sample.SyntheticData;

/**
 * Prints how long a full redraw of the data overlay takes with national-scale layers (800
 * installation polygons, 70,000 substation points) at national and at city zoom, and how long
 * basemap tiles take to render. Not a test; run:
 * {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.render.RedrawBenchmark}
 */
public final class RedrawBenchmark {

    public static void main(String[] args) throws Exception {
        ProjectLayer inst = new ProjectLayer(
                "i",
                SyntheticData.installations(800, 1),
                LayerRole.INSTALLATIONS,
                LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                true);
        ProjectLayer subs = new ProjectLayer(
                "s",
                SyntheticData.substations(70_000, 2),
                LayerRole.SUBSTATIONS,
                LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                true);
        List<ProjectLayer> layers = List.of(inst, subs);
        long t0 = System.nanoTime();
        CullingIndex.of(inst.data());
        CullingIndex.of(subs.data());
        System.out.printf("culling indexes built once per layer: %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        int w = 1280;
        int h = 800;
        frame("national, polygons only", Viewport.centredOn(-96, 38.5, 4, w, h), List.of(inst));
        frame("national, points only", Viewport.centredOn(-96, 38.5, 4, w, h), List.of(subs));
        frame("national (zoom 4, whole CONUS)", Viewport.centredOn(-96, 38.5, 4, w, h), layers);
        frame("regional (zoom 7, Colorado)", Viewport.centredOn(-105, 39, 7, w, h), layers);
        frame("city (zoom 11, Cheyenne)", Viewport.centredOn(-104.82, 41.14, 11, w, h), layers);

        java.util.Random r = new java.util.Random(3);
        java.util.List<org.standoff.model.MiningSite> sites = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            sites.add(org.standoff.model.MiningSite.at(
                            "SYNTHETIC Site " + i, -124 + 56 * r.nextDouble(), 25.5 + 23 * r.nextDouble())
                    .withId(i + 1)
                    .withStatus(org.standoff.model.Parsed.of(org.standoff.model.SiteStatus.values()[r.nextInt(4)]))
                    .withForeignControlled(org.standoff.model.Parsed.of(r.nextBoolean())));
        }
        sitesFrame("100,000 sites, national (zoom 4)", Viewport.centredOn(-96, 38.5, 4, w, h), sites);
        sitesFrame("100,000 sites, regional (zoom 7)", Viewport.centredOn(-105, 39, 7, w, h), sites);

        TileRenderer tiles = new TileRenderer(
                BasemapPainter.forScreen(BasemapLoader.loadBundled(Files.createTempDirectory("bench"))));
        for (int z : new int[] {2, 4, 6, 8, 10, 12}) {
            double[] ms = new double[12];
            long n = 1L << z;
            long cx = (long) ((-98 + 180) / 360.0 * n);
            long cy = (long) (0.38 * n);
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    tiles.render(z, cx + (i % 4) - 2, cy + i / 4 - 1);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            System.out.printf(
                    "basemap tile zoom %2d: median %.1f ms, max %.1f ms%n",
                    z, median(ms), Arrays.stream(ms).max().orElse(0));
        }
    }

    private static void frame(String label, Viewport v, List<ProjectLayer> layers) {
        double[] ms = new double[30];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < ms.length; i++) {
                // Pan a little each frame, as during a drag.
                Viewport moved =
                        new Viewport(v.zoom(), v.originX() + i * 7, v.originY() + i * 3, v.width(), v.height());
                long s = System.nanoTime();
                BufferedImage img =
                        new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = img.createGraphics();
                LayerPainter.paint(Java2DSurface.over(img, g), moved, layers, Set.of());
                g.dispose();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        System.out.printf(
                "overlay redraw %-32s median %.1f ms, max %.1f ms (%dx%d)%n",
                label, median(ms), Arrays.stream(ms).max().orElse(0), (int) v.width(), (int) v.height());
    }

    private static void sitesFrame(String label, Viewport v, java.util.List<org.standoff.model.MiningSite> sites) {
        double[] ms = new double[20];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                BufferedImage img =
                        new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = img.createGraphics();
                SitePainter.paint(Java2DSurface.over(img, g), v, sites, null);
                g.dispose();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        System.out.printf(
                "site redraw %-35s median %.1f ms, max %.1f ms%n",
                label, median(ms), Arrays.stream(ms).max().orElse(0));
    }

    private static double median(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
