package org.standoff.render.label;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate places of the label kinds: eight positions around a point symbol, the same
 * around an area's box, a fixed spot with small shifts for the basemap's names, and places
 * along a zone's outline. Rankings follow the cartographic convention QGIS's PAL uses for
 * points (upper right, upper left, lower right, lower left, right, left, above, below): text
 * reads from the symbol and never sits on it. Stateless.
 */
public final class Candidates {

    /** The eight point positions, as (dx, dy) directions from the anchor, best first. */
    private static final double[][] AROUND = {{1, -1}, {-1, -1}, {1, 1}, {-1, 1}, {1, 0}, {-1, 0}, {0, -1}, {0, 1}};

    private Candidates() {}

    /** Eight positions around a point symbol whose reach (half size plus gap) is {@code radius}. */
    public static CandidateSource around(double x, double y, double radius) {
        return (w, m) -> ring(x, y, radius, radius, w, m, null);
    }

    /**
     * The eight positions around a point, then again on wider rings (each {@code step} further
     * out, {@code rings} in all) with a leader line from the symbol's edge to the text: for a
     * short text that must be shown, such as a row number.
     */
    public static CandidateSource aroundWithLeaders(double x, double y, double radius, double step, int rings) {
        return (w, m) -> {
            List<Candidate> out = new ArrayList<>(ring(x, y, radius, radius, w, m, null));
            for (int i = 1; i < rings; i++) {
                out.addAll(ring(x, y, radius, radius + i * step, w, m, new double[0]));
            }
            return out;
        };
    }

    /**
     * For an area drawn {@code box} ({@code {minX, minY, maxX, maxY}}) with an anchor inside:
     * centred on the anchor when the text fits inside the box, else the eight positions around
     * the box, {@code gap} from it.
     */
    public static CandidateSource area(double ax, double ay, double[] box, double gap) {
        return (w, m) -> {
            List<Candidate> out = new ArrayList<>(9);
            if (w + 2 * gap < box[2] - box[0] && m.height() + 2 * gap < box[3] - box[1]) {
                out.add(Candidate.at(ax - w / 2, ay - m.height() / 2, w, m, null));
            }
            double hw = (box[2] - box[0]) / 2;
            double hh = (box[3] - box[1]) / 2;
            double cx = (box[0] + box[2]) / 2;
            double cy = (box[1] + box[3]) / 2;
            for (double[] d : AROUND) {
                double left = d[0] > 0 ? cx + hw + gap : d[0] < 0 ? cx - hw - gap - w : cx - w / 2;
                double top = d[1] > 0 ? cy + hh + gap : d[1] < 0 ? cy - hh - gap - m.height() : cy - m.height() / 2;
                out.add(Candidate.at(left, top, w, m, null));
            }
            return out;
        };
    }

    /** Centred on a point, else shifted up or down by a line: the basemap's place names. */
    public static CandidateSource centred(double x, double y) {
        return (w, m) -> List.of(
                Candidate.at(x - w / 2, y - m.height() / 2, w, m, null),
                Candidate.at(x - w / 2, y - m.height() * 1.6, w, m, null),
                Candidate.at(x - w / 2, y + m.height() * 0.6, w, m, null));
    }

    /**
     * Along an outline {@code xy} (x0, y0, x1, y1, … of a closed ring in surface units): just
     * above its topmost point, just below its lowest, then centred on points spread evenly along
     * it (at most {@code samples}), the higher ones first. The text stays horizontal.
     */
    public static CandidateSource outline(double[] xy, int samples, double gap) {
        return (w, m) -> {
            int n = xy.length / 2;
            if (n == 0) {
                return List.of();
            }
            int top = 0;
            int bottom = 0;
            double length = 0;
            for (int i = 0; i < n; i++) {
                if (xy[2 * i + 1] < xy[2 * top + 1]) {
                    top = i;
                }
                if (xy[2 * i + 1] > xy[2 * bottom + 1]) {
                    bottom = i;
                }
                if (i > 0) {
                    length += Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
                }
            }
            List<Candidate> out = new ArrayList<>(samples + 2);
            out.add(Candidate.at(xy[2 * top] - w / 2, xy[2 * top + 1] - gap - m.height(), w, m, null));
            out.add(Candidate.at(xy[2 * bottom] - w / 2, xy[2 * bottom + 1] + gap, w, m, null));
            List<double[]> along = new ArrayList<>();
            double step = length / Math.max(1, samples);
            double next = step / 2;
            double run = 0;
            for (int i = 1; i < n && step > 0; i++) {
                double seg = Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
                while (seg > 0 && next <= run + seg) {
                    double t = (next - run) / seg;
                    along.add(new double[] {
                        xy[2 * i - 2] + t * (xy[2 * i] - xy[2 * i - 2]),
                        xy[2 * i - 1] + t * (xy[2 * i + 1] - xy[2 * i - 1])
                    });
                    next += step;
                }
                run += seg;
            }
            along.sort((a, b) -> Double.compare(a[1], b[1]));
            for (double[] p : along) {
                out.add(Candidate.at(p[0] - w / 2, p[1] - m.height() / 2, w, m, null));
            }
            return out;
        };
    }

    private static List<Candidate> ring(
            double x, double y, double symbolRadius, double r, double w, TextMetrics m, double[] leader) {
        List<Candidate> out = new ArrayList<>(8);
        double h = m.height();
        // The text's box, halo included, clears a square of half-side r around the anchor: a
        // symbol's reserved box is such a square, so no candidate ever covers its own symbol.
        double rx = r + m.halo();
        for (double[] d : AROUND) {
            double left = d[0] > 0 ? x + rx : d[0] < 0 ? x - rx - w : x - w / 2;
            double top = d[1] > 0 ? y + rx : d[1] < 0 ? y - rx - h : y - h / 2;
            double[] line = null;
            if (leader != null) {
                // From the symbol's edge towards the text box's nearest point.
                double bx = Math.max(left, Math.min(x, left + w));
                double by = Math.max(top, Math.min(y, top + h));
                double len = Math.hypot(bx - x, by - y);
                double k = len > 0 ? symbolRadius * 0.6 / len : 0;
                line = new double[] {x + (bx - x) * k, y + (by - y) * k, bx, by};
            }
            out.add(Candidate.at(left, top, w, m, line));
        }
        return out;
    }
}
