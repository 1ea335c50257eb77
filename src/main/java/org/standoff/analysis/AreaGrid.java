package org.standoff.analysis;

import java.util.Arrays;
import org.standoff.geo.distance.PreparedGeodesicGeometry;

/**
 * Which features a point may be inside: a one-degree grid over longitude and latitude listing,
 * per cell, the features whose {@linkplain PreparedGeodesicGeometry#areaBounds area bounds}
 * overlap it. A point inside a polygon is at distance 0 however far its boundary is, so the
 * nearest-feature search asks this grid first and then measures boundaries.
 *
 * <p>Bounds running past ±180 are entered in the cells they wrap onto; bounds covering more than
 * {@value #MAX_CELLS} cells go on a list that every query reads. A query costs one cell's list
 * and a box test per feature on it; no allocation.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class AreaGrid {

    private static final int MAX_CELLS = 4096;
    private static final int COLUMNS = 360;
    private static final int ROWS = 180;

    /** West, east, south, north of feature f at 4f..4f+3; NaN for features without area. */
    private final double[] bounds;
    /** Cell c lists features cellFeatures[cellStart[c] .. cellStart[c + 1]). */
    private final int[] cellStart;

    private final int[] cellFeatures;
    private final int[] everywhere;

    AreaGrid(PreparedGeodesicGeometry[] prepared) {
        bounds = new double[4 * prepared.length];
        Arrays.fill(bounds, Double.NaN);
        int[] counts = new int[COLUMNS * ROWS + 1];
        int[] wide = new int[prepared.length];
        int wideCount = 0;
        for (int f = 0; f < prepared.length; f++) {
            double[] b = prepared[f].areaBounds();
            if (b == null) {
                continue;
            }
            System.arraycopy(b, 0, bounds, 4 * f, 4);
            if (cells(f) > MAX_CELLS) {
                wide[wideCount++] = f;
            } else {
                visit(f, counts, null);
            }
        }
        everywhere = Arrays.copyOf(wide, wideCount);
        cellStart = new int[COLUMNS * ROWS + 1];
        for (int c = 0; c < COLUMNS * ROWS; c++) {
            cellStart[c + 1] = cellStart[c] + counts[c];
        }
        cellFeatures = new int[cellStart[COLUMNS * ROWS]];
        int[] fill = Arrays.copyOf(cellStart, COLUMNS * ROWS);
        for (int f = 0; f < prepared.length; f++) {
            if (!Double.isNaN(bounds[4 * f]) && cells(f) <= MAX_CELLS) {
                visit(f, null, fill);
            }
        }
    }

    /** Calls {@code test} with each feature whose area bounds hold the point (lon in [-180, 180]), in no set order. */
    void forEachCandidate(double lon, double lat, java.util.function.IntConsumer test) {
        int c = row(lat) * COLUMNS + column(lon);
        for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
            check(cellFeatures[i], lon, lat, test);
        }
        for (int f : everywhere) {
            check(f, lon, lat, test);
        }
    }

    private void check(int f, double lon, double lat, java.util.function.IntConsumer test) {
        int o = 4 * f;
        if (lat < bounds[o + 2] || lat > bounds[o + 3]) {
            return;
        }
        for (double l = lon - 360; l <= lon + 360; l += 360) {
            if (l >= bounds[o] && l <= bounds[o + 1]) {
                test.accept(f);
                return;
            }
        }
    }

    private long cells(int f) {
        int o = 4 * f;
        long columns = bounds[o + 1] - bounds[o] >= 359
                ? COLUMNS
                : (long) Math.floor(bounds[o + 1]) - (long) Math.floor(bounds[o]) + 1;
        return columns * (row(bounds[o + 3]) - row(bounds[o + 2]) + 1);
    }

    private void visit(int f, int[] counts, int[] fill) {
        int o = 4 * f;
        boolean allColumns = bounds[o + 1] - bounds[o] >= 359;
        long west = allColumns ? -180 : (long) Math.floor(bounds[o]);
        long east = allColumns ? 179 : (long) Math.floor(bounds[o + 1]);
        for (int r = row(bounds[o + 2]); r <= row(bounds[o + 3]); r++) {
            for (long x = west; x <= east; x++) {
                int c = r * COLUMNS + (int) Math.floorMod(x + 180, (long) COLUMNS);
                if (counts != null) {
                    counts[c]++;
                } else {
                    cellFeatures[fill[c]++] = f;
                }
            }
        }
    }

    private static int column(double lon) {
        return Math.floorMod((int) Math.floor(lon) + 180, COLUMNS);
    }

    private static int row(double lat) {
        return Math.min(ROWS - 1, Math.max(0, (int) Math.floor(lat) + 90));
    }
}
