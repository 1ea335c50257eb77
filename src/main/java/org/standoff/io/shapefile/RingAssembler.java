package org.standoff.io.shapefile;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the rings of a polygon record into shells and holes, working on the packed x/y array
 * of the record in the file's own coordinates.
 *
 * <p>The specification says outer rings are clockwise and holes counter-clockwise, and a hole
 * belongs to the shell that contains it. Real files break both rules, so this follows GDAL:
 * when no ring is clockwise every ring is a shell; a hole contained in no shell becomes a shell
 * of its own; a hole contained in several shells goes to the smallest. Containment is tested
 * with one vertex of the hole (not a full topological test), which is what the winding rule
 * makes sufficient for valid data.
 */
final class RingAssembler {

    private RingAssembler() {}

    /** One output polygon: the index of its shell ring and the indices of its hole rings. */
    record Group(int shell, List<Integer> holes) {}

    /**
     * @param xy packed coordinates
     * @param starts first point of each ring, with {@code starts[rings]} the end of the last
     */
    static List<Group> assemble(double[] xy, int[] starts, int rings) {
        if (rings == 1) {
            return List.of(new Group(0, List.of()));
        }
        double[] area = new double[rings];
        double[] env = new double[rings * 4];
        boolean anyClockwise = false;
        for (int r = 0; r < rings; r++) {
            area[r] = signedArea(xy, starts[r], starts[r + 1], env, r * 4);
            anyClockwise |= area[r] < 0;
        }
        List<Group> groups = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        for (int r = 0; r < rings; r++) {
            // Zero-area rings are taken as shells: they cannot meaningfully cut a hole.
            if (!anyClockwise || area[r] <= 0) {
                groups.add(new Group(r, new ArrayList<>()));
            } else {
                holes.add(r);
            }
        }
        List<Group> orphans = new ArrayList<>();
        for (int h : holes) {
            Group best = null;
            double bestArea = Double.POSITIVE_INFINITY;
            double px = xy[2 * starts[h]];
            double py = xy[2 * starts[h] + 1];
            for (Group g : groups) {
                int s = g.shell();
                if (envelopeContains(env, s * 4, env, h * 4)
                        && Math.abs(area[s]) < bestArea
                        && contains(xy, starts[s], starts[s + 1], px, py)) {
                    best = g;
                    bestArea = Math.abs(area[s]);
                }
            }
            if (best == null) {
                orphans.add(new Group(h, new ArrayList<>()));
            } else {
                best.holes().add(h);
            }
        }
        groups.addAll(orphans);
        return groups;
    }

    /** Twice the signed area (positive when counter-clockwise); also fills the ring's envelope. */
    static double signedArea(double[] xy, int from, int to, double[] env, int envAt) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double sum = 0;
        // Relative to the first vertex, so projected coordinates in the millions keep precision.
        double x0 = xy[2 * from];
        double y0 = xy[2 * from + 1];
        for (int i = from; i < to; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            if (x < minX) {
                minX = x;
            }
            if (x > maxX) {
                maxX = x;
            }
            if (y < minY) {
                minY = y;
            }
            if (y > maxY) {
                maxY = y;
            }
            if (i + 1 < to) {
                sum += (x - x0) * (xy[2 * i + 3] - y0) - (xy[2 * i + 2] - x0) * (y - y0);
            }
        }
        env[envAt] = minX;
        env[envAt + 1] = minY;
        env[envAt + 2] = maxX;
        env[envAt + 3] = maxY;
        return sum;
    }

    private static boolean envelopeContains(double[] a, int at, double[] b, int bt) {
        return a[at] <= b[bt] && a[at + 1] <= b[bt + 1] && a[at + 2] >= b[bt + 2] && a[at + 3] >= b[bt + 3];
    }

    /** Even-odd ray casting; points on the boundary may go either way. */
    static boolean contains(double[] xy, int from, int to, double px, double py) {
        boolean inside = false;
        for (int i = from, j = to - 1; i < to; j = i++) {
            double xi = xy[2 * i];
            double yi = xy[2 * i + 1];
            double xj = xy[2 * j];
            double yj = xy[2 * j + 1];
            if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
