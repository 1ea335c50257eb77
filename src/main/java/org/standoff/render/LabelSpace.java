package org.standoff.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The space labels and obstacles already take in one frame, so that painters drawn after one
 * another keep their labels apart: a painter asks whether a box is free and takes it. Boxes are
 * {@code {minX, minY, maxX, maxY}} in surface units; boxes that only touch do not overlap.
 *
 * <p>Boxes are kept in a uniform grid of {@value #CELL}-unit cells, so a query costs the boxes
 * near it, not all boxes: a national map reserves one box per drawn site symbol. Not
 * thread-safe; one per frame.
 */
public final class LabelSpace {

    static final double CELL = 32;

    private final List<double[]> boxes = new ArrayList<>();
    private final Map<Long, List<Integer>> grid = new HashMap<>();
    private int stamp;
    private int[] seen = new int[64];

    /** Whether the box overlaps no box taken so far. */
    public boolean isFree(double[] box) {
        return count(box, 1) == 0;
    }

    /** How many taken boxes the box overlaps, counting no further than {@code limit}. */
    public int count(double[] box, int limit) {
        int n = 0;
        stamp++;
        int cx0 = cell(box[0]);
        int cx1 = cell(box[2]);
        int cy0 = cell(box[1]);
        int cy1 = cell(box[3]);
        for (int cx = cx0; cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                List<Integer> in = grid.get(key(cx, cy));
                if (in == null) {
                    continue;
                }
                for (int i : in) {
                    if (seen[i] == stamp) {
                        continue;
                    }
                    seen[i] = stamp;
                    double[] t = boxes.get(i);
                    if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3] && ++n >= limit) {
                        return n;
                    }
                }
            }
        }
        return n;
    }

    /** Takes the box (whether or not it was free). */
    public void take(double[] box) {
        int index = boxes.size();
        boxes.add(box.clone());
        if (index >= seen.length) {
            seen = java.util.Arrays.copyOf(seen, seen.length * 2);
        }
        for (int cx = cell(box[0]); cx <= cell(box[2]); cx++) {
            for (int cy = cell(box[1]); cy <= cell(box[3]); cy++) {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(index);
            }
        }
    }

    /**
     * Gives back a box taken earlier with exactly these coordinates (one of them, if taken
     * twice); whether one was found. A label optimiser uses it to move a placed label.
     */
    public boolean release(double[] box) {
        List<Integer> in = grid.get(key(cell(box[0]), cell(box[1])));
        if (in == null) {
            return false;
        }
        for (int i : in) {
            if (java.util.Arrays.equals(boxes.get(i), box)) {
                // NaN never overlaps anything; the index keeps its slot.
                boxes.set(i, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
                return true;
            }
        }
        return false;
    }

    /** Takes the box if it is free; whether it was. */
    public boolean place(double[] box) {
        if (!isFree(box)) {
            return false;
        }
        take(box);
        return true;
    }

    /** Every box taken so far and not released, in the order taken (copies). */
    public List<double[]> boxes() {
        return boxes.stream()
                .filter(b -> !Double.isNaN(b[0]))
                .map(double[]::clone)
                .toList();
    }

    private static int cell(double v) {
        return (int) Math.floor(Math.max(-1e6, Math.min(1e6, v)) / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
