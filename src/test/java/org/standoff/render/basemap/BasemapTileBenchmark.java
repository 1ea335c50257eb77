package org.standoff.render.basemap;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.standoff.geo.WebMercator;
import org.standoff.render.tiles.TileRenderer;

/**
 * Times the offline basemap's load and its tiles with and without the orientation layers (lakes,
 * rivers, town labels): "before" is a basemap file without the {@code lakes} and {@code rivers}
 * tables and no towns, "after" the bundled one with the gazetteer's towns. For each zoom from 4 to
 * 11 it renders the 12 tiles around Cheyenne, Wyoming, once cold (the town layout of the blocks
 * first laid out) and once warm; then both again in the warmed-up JVM, which is the fair comparison. Prints load time, cold and warm milliseconds per tile.
 *
 * <p>Not a test (surefire skips *Benchmark). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.render.basemap.BasemapTileBenchmark [BEFORE.gpkg]}
 * where BEFORE.gpkg is the old basemap ({@code git show b13c032:data/basemap/basemap.gpkg > /tmp/basemap-before.gpkg});
 * without it only "after" is timed.
 */
public final class BasemapTileBenchmark {

    private BasemapTileBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path after = BasemapLoader.extractBundled(java.nio.file.Files.createTempDirectory("tile-bench"));
        if (args.length > 0) {
            run("before (no lakes, rivers or towns)", Path.of(args[0]), false);
        }
        run("after (lakes, rivers, towns)", after, true);
        if (args.length > 0) {
            run("before again (warm JVM)", Path.of(args[0]), false);
        }
        run("after again (warm JVM)", after, true);
    }

    private static void run(String label, Path gpkg, boolean towns) throws Exception {
        long t0 = System.nanoTime();
        Basemap b = towns ? BasemapLoader.load(gpkg) : BasemapLoader.load(gpkg, List.of());
        System.out.printf(Locale.ROOT, "%s: loaded in %.0f ms%n", label, (System.nanoTime() - t0) / 1e6);
        TileRenderer r = new TileRenderer(BasemapPainter.forScreen(b));
        for (int z = 4; z <= 11; z++) {
            long cx = (long) Math.floor(WebMercator.x(-104.82, z) / WebMercator.TILE_SIZE);
            long cy = (long) Math.floor(WebMercator.y(41.14, z) / WebMercator.TILE_SIZE);
            double[] ms = new double[2];
            for (int pass = 0; pass < 2; pass++) {
                long a = System.nanoTime();
                for (long x = cx - 2; x <= cx + 1; x++) {
                    for (long y = cy - 1; y <= cy + 1; y++) {
                        r.render(z, x, y);
                    }
                }
                ms[pass] = (System.nanoTime() - a) / 1e6 / 12;
            }
            System.out.printf(Locale.ROOT, "  zoom %2d: cold %6.1f ms/tile, warm %6.1f ms/tile%n", z, ms[0], ms[1]);
        }
    }
}
