package org.standoff.render.basemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.standoff.geo.WebMercator;

/**
 * Which towns the screen basemap labels at each zoom level: a simple greedy declutter, larger
 * towns first, each label placed right of its town's dot, else left of it, else dropped when it
 * would touch a label already placed or a state or country name.
 *
 * <p>The layout is decided per block of {@value #BLOCK_PX} world pixels square at an integer zoom
 * (16 by 16 tiles), over the towns whose dot is in the block, and a label must fit inside its
 * block. Every tile therefore gets the same answer for the same block, labels of neighbouring
 * blocks never overlap, and a label crossing a tile edge is drawn whole in both tiles; the price
 * is that a town right at a block edge may go unlabelled. Blocks are laid out when first asked
 * for (a few milliseconds each) and the most recent {@value #CACHED_BLOCKS} are kept.
 *
 * <p>Only towns of at least {@link #minPopulation(int)} people are candidates: the cities at the
 * national view, towns of a few thousand from zoom 8, every place of the gazetteer from zoom 10.
 * Text widths are estimated from the character count (the layout runs without a surface), which
 * is why a small gap is kept between labels. Zooms above {@link #MAX_LAYOUT_ZOOM} reuse that
 * level's layout (labels only spread further apart). This is the screen's own small declutter;
 * the print label engine is separate. Thread-safe: the town index is read-only and the block
 * cache is synchronised.
 */
final class TownLabels {

    /** A town label placed at a zoom: its town, its text size and which side of the dot it goes. */
    record Placed(Basemap.Town town, double size, boolean left) {}

    /** Zoom levels whose layouts are computed; higher zooms reuse this one's. */
    static final int MAX_LAYOUT_ZOOM = 12;

    static final int BLOCK_PX = 4096;
    static final int CACHED_BLOCKS = 256;
    private static final double CHAR_WIDTH = 0.56;
    private static final double GAP_PX = 3;
    private static final double DOT_GAP_PX = 4;
    private static final double CELL_PX = 128;

    private final STRtree towns = new STRtree();
    private final List<Basemap.Label> countryLabels;
    private final List<Basemap.Label> stateLabels;
    private final Map<Long, List<Placed>> blocks = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Placed>> eldest) {
            return size() > CACHED_BLOCKS;
        }
    };

    TownLabels(List<Basemap.Town> towns, List<Basemap.Label> countryLabels, List<Basemap.Label> stateLabels) {
        for (Basemap.Town t : towns) {
            this.towns.insert(new Envelope(t.lon(), t.lon(), t.lat(), t.lat()), t);
        }
        this.towns.build();
        this.countryLabels = List.copyOf(countryLabels);
        this.stateLabels = List.copyOf(stateLabels);
    }

    /** The smallest population labelled at {@code zoom}. */
    static int minPopulation(int zoom) {
        return switch (Math.max(0, Math.min(zoom, 10))) {
            case 0, 1, 2, 3 -> 2_000_000;
            case 4 -> 500_000;
            case 5 -> 150_000;
            case 6 -> 50_000;
            case 7 -> 15_000;
            case 8 -> 4_000;
            case 9 -> 2_000;
            default -> 0;
        };
    }

    /** The text size of a town's label: larger for cities. */
    static double textSize(int population) {
        return population >= 1_000_000 ? 12 : population >= 100_000 ? 11 : 10;
    }

    /** The towns in {@code box} of at least {@code minPopulation} people, largest first (ties by name). */
    @SuppressWarnings("unchecked")
    List<Basemap.Town> towns(Envelope box, int minPopulation) {
        List<Basemap.Town> out = new ArrayList<>();
        for (Basemap.Town t : (List<Basemap.Town>) towns.query(box)) {
            if (t.population() >= minPopulation && box.contains(t.lon(), t.lat())) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(Basemap.Town::population)
                .reversed()
                .thenComparing(Basemap.Town::name)
                .thenComparingDouble(Basemap.Town::lon));
        return out;
    }

    /** The labels placed at {@code zoom} whose town lies in {@code box}. */
    List<Placed> query(int zoom, Envelope box) {
        int z = Math.max(0, Math.min(zoom, MAX_LAYOUT_ZOOM));
        long worldPx = (long) WebMercator.TILE_SIZE << z;
        long bx0 = block(WebMercator.x(box.getMinX(), z), worldPx);
        long bx1 = block(WebMercator.x(box.getMaxX(), z), worldPx);
        long by0 = block(WebMercator.y(Math.min(85.05, box.getMaxY()), z), worldPx);
        long by1 = block(WebMercator.y(Math.max(-85.05, box.getMinY()), z), worldPx);
        List<Placed> out = new ArrayList<>();
        for (long bx = bx0; bx <= bx1; bx++) {
            for (long by = by0; by <= by1; by++) {
                for (Placed p : block(z, bx, by)) {
                    if (box.contains(p.town().lon(), p.town().lat())) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    private static long block(double worldCoordinate, long worldPx) {
        return Math.max(0, Math.min((worldPx - 1) / BLOCK_PX, (long) Math.floor(worldCoordinate / BLOCK_PX)));
    }

    private List<Placed> block(int zoom, long bx, long by) {
        long key = ((long) zoom << 56) | (bx << 28) | by;
        synchronized (blocks) {
            return blocks.computeIfAbsent(key, k -> layout(zoom, bx, by));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Placed> layout(int zoom, long bx, long by) {
        double[] frame = {
            bx * (double) BLOCK_PX, by * (double) BLOCK_PX, (bx + 1) * (double) BLOCK_PX, (by + 1) * (double) BLOCK_PX
        };
        Envelope lonLat = new Envelope(
                WebMercator.lon(frame[0], zoom),
                WebMercator.lon(frame[2], zoom),
                WebMercator.lat(frame[3], zoom),
                WebMercator.lat(frame[1], zoom));
        Occupied occupied = new Occupied();
        reserve(occupied, countryLabels, zoom, BasemapPainter.COUNTRY_LABEL_MIN_ZOOM, 12, frame);
        reserve(occupied, stateLabels, zoom, BasemapPainter.STATE_LABEL_MIN_ZOOM, 11, frame);
        int min = minPopulation(zoom);
        List<Basemap.Town> candidates = new ArrayList<>();
        for (Basemap.Town t : (List<Basemap.Town>) towns.query(lonLat)) {
            if (t.population() >= min) {
                candidates.add(t);
            }
        }
        candidates.sort(Comparator.comparingInt(Basemap.Town::population)
                .reversed()
                .thenComparing(Basemap.Town::name)
                .thenComparingDouble(Basemap.Town::lon));
        List<Placed> placed = new ArrayList<>();
        for (Basemap.Town t : candidates) {
            double x = WebMercator.x(t.lon(), zoom);
            double y = WebMercator.y(t.lat(), zoom);
            if (x < frame[0] || x >= frame[2] || y < frame[1] || y >= frame[3]) {
                continue; // on the block's edge line: the neighbour's
            }
            double size = textSize(t.population());
            double w = t.name().length() * size * CHAR_WIDTH;
            double h = size * 1.2;
            double[] dot = {x - 3, y - 3, x + 3, y + 3};
            double[] right = {x + DOT_GAP_PX, y - h / 2, x + DOT_GAP_PX + w, y + h / 2};
            double[] left = {x - DOT_GAP_PX - w, y - h / 2, x - DOT_GAP_PX, y + h / 2};
            if (!inside(dot, frame) || occupied.hits(dot)) {
                continue;
            }
            boolean useLeft;
            if (inside(right, frame) && !occupied.hits(right)) {
                useLeft = false;
            } else if (inside(left, frame) && !occupied.hits(left)) {
                useLeft = true;
            } else {
                continue;
            }
            occupied.add(dot);
            occupied.add(useLeft ? left : right);
            placed.add(new Placed(t, size, useLeft));
        }
        return List.copyOf(placed);
    }

    private static void reserve(
            Occupied occupied, List<Basemap.Label> labels, int zoom, double fromZoom, double size, double[] frame) {
        if (zoom < fromZoom) {
            return;
        }
        for (Basemap.Label l : labels) {
            if (zoom >= l.minZoom()) {
                double x = WebMercator.x(l.lon(), zoom);
                double y = WebMercator.y(l.lat(), zoom);
                double w = l.text().length() * size * CHAR_WIDTH;
                double[] b = {x - w / 2, y - size, x + w / 2, y + size / 2};
                if (b[2] >= frame[0] && b[0] <= frame[2] && b[3] >= frame[1] && b[1] <= frame[3]) {
                    occupied.add(b);
                }
            }
        }
    }

    private static boolean inside(double[] b, double[] frame) {
        return b[0] >= frame[0] && b[2] < frame[2] && b[1] >= frame[1] && b[3] < frame[3];
    }
    /** Boxes already taken, in world pixels, hashed into a coarse grid of cells. */
    private static final class Occupied {
        private final Map<Long, List<double[]>> cells = new HashMap<>();

        void add(double[] b) {
            for (long key : keys(b)) {
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
            }
        }

        boolean hits(double[] b) {
            for (long key : keys(b)) {
                for (double[] o : cells.getOrDefault(key, List.of())) {
                    if (b[0] < o[2] + GAP_PX && o[0] < b[2] + GAP_PX && b[1] < o[3] + GAP_PX && o[1] < b[3] + GAP_PX) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static long[] keys(double[] b) {
            long x0 = (long) Math.floor((b[0] - GAP_PX) / CELL_PX);
            long x1 = (long) Math.floor((b[2] + GAP_PX) / CELL_PX);
            long y0 = (long) Math.floor((b[1] - GAP_PX) / CELL_PX);
            long y1 = (long) Math.floor((b[3] + GAP_PX) / CELL_PX);
            long[] out = new long[(int) ((x1 - x0 + 1) * (y1 - y0 + 1))];
            int i = 0;
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    out[i++] = (x << 32) ^ (y & 0xffffffffL);
                }
            }
            return out;
        }
    }
}
