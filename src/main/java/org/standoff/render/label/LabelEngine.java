package org.standoff.render.label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.standoff.render.LabelSpace;
import org.standoff.render.Rgba;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;

/**
 * Places the labels of one map frame, the way QGIS's PAL does it in its greedy mode: requests
 * are taken in priority order (ties in the order added), each tries its options in turn and,
 * for each option, its candidate places best first; the first place that lies inside the frame
 * (less an edge margin), meets no placed label and no reserved obstacle, and covers no symbol
 * wins. An option that may cover symbols (a row number) takes the free place covering the
 * fewest when none is clear. A request with no free place in any option is left unplaced and
 * reported, never drawn over something.
 *
 * <p>Guarantees: no two placed label boxes overlap; none overlaps a reserved box or leaves the
 * bounds; a name never covers a symbol. Not an optimiser: an earlier label is not moved to
 * make room for a later one. Leader lines avoid placed labels at sample points, not exactly.
 * Not thread-safe; one engine per frame.
 */
public final class LabelEngine {

    private static final Stroke LEADER = Stroke.solid(Rgba.hex("#1b1f24"), 0.6);
    private static final Stroke LEADER_HALO = Stroke.solid(Rgba.hex("#ffffff"), 1.8);

    private final double[] bounds;
    private final LabelSpace hard = new LabelSpace();
    private final LabelSpace soft = new LabelSpace();
    private final List<double[]> reserved = new ArrayList<>();
    private final List<double[]> symbols = new ArrayList<>();
    private final List<LabelRequest> requests = new ArrayList<>();
    private final List<LabelRequest> pending = new ArrayList<>();
    private final List<PlacedLabel> placed = new ArrayList<>();
    private final List<LabelRequest> unplaced = new ArrayList<>();

    /** An engine for a frame {@code width} × {@code height}; labels keep {@code edge} from its sides. */
    public LabelEngine(double width, double height, double edge) {
        this.bounds = new double[] {edge, edge, width - edge, height - edge};
    }

    /** The hard space: placed labels and reserved boxes, for painters that place their own text. */
    public LabelSpace space() {
        return hard;
    }

    /** Reserves a box no label may cover, e.g. a scale bar on the map or a notice. */
    public void reserve(double[] box) {
        hard.take(box);
        reserved.add(box.clone());
    }

    /** Registers a point symbol of reach {@code radius}: names keep clear of it, numbers if they can. */
    public void symbol(double x, double y, double radius) {
        double[] box = {x - radius, y - radius, x + radius, y + radius};
        soft.take(box);
        symbols.add(box);
    }

    /** Whether {@code n} or more symbols lie within {@code r} of a point: no room for a name there. */
    public boolean crowded(double x, double y, double r, int n) {
        return soft.count(new double[] {x - r, y - r, x + r, y + r}, n) >= n;
    }

    /**
     * A fresh engine for the same frame with one more reserved box, holding the same symbols and
     * reservations and every request added here, none placed yet: to plan again when a notice
     * must claim part of the frame after a first plan showed it is needed.
     */
    public LabelEngine replan(double[] box) {
        LabelEngine e = new LabelEngine(0, 0, 0);
        System.arraycopy(bounds, 0, e.bounds, 0, 4);
        reserved.forEach(e::reserve);
        e.reserve(box);
        symbols.forEach(b -> e.symbol((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, (b[2] - b[0]) / 2));
        requests.forEach(e::add);
        return e;
    }

    /** Queues a label; placed by the next {@link #place}. */
    public void add(LabelRequest r) {
        pending.add(r);
        requests.add(r);
    }

    /** Places the queued labels against what is already placed; returns every label placed so far. */
    public List<PlacedLabel> place(LabelMeasure measure) {
        List<LabelRequest> order = new ArrayList<>(pending);
        pending.clear();
        order.sort(Comparator.comparingInt(r -> r.priority().ordinal()));
        for (LabelRequest r : order) {
            PlacedLabel p = placeOne(r, measure);
            if (p == null) {
                unplaced.add(r);
            } else {
                placed.add(p);
            }
        }
        return List.copyOf(placed);
    }

    /** The requests that found no place, in the order tried. */
    public List<LabelRequest> unplaced() {
        return List.copyOf(unplaced);
    }

    /** Places what is queued, then draws every placed label: leader lines first, texts on top. */
    public List<PlacedLabel> draw(Surface s) {
        List<PlacedLabel> all = place(s::textWidth);
        for (PlacedLabel p : all) {
            double[] l = p.at().leader();
            if (l != null && l.length == 4) {
                s.beginPath();
                s.moveTo(l[0], l[1]);
                s.lineTo(l[2], l[3]);
                s.strokePath(LEADER_HALO);
                s.strokePath(LEADER);
            }
        }
        for (PlacedLabel p : all) {
            s.text(p.text(), p.at().x(), p.at().baseline(), p.style());
        }
        return all;
    }

    private PlacedLabel placeOne(LabelRequest r, LabelMeasure measure) {
        for (int i = 0; i < r.options().size(); i++) {
            LabelRequest.Option o = r.options().get(i);
            double w = measure.width(o.text(), o.style());
            List<Candidate> cs = o.where().candidates(w, TextMetrics.of(o.style()));
            Candidate best = null;
            int bestCover = Integer.MAX_VALUE;
            for (Candidate c : cs) {
                if (!inside(c.box()) || !hard.isFree(c.box()) || !leaderFree(c.leader())) {
                    continue;
                }
                int cover = soft.count(c.box(), o.mayCoverSymbols() ? bestCover : 1);
                if (cover == 0) {
                    best = c;
                    break;
                }
                if (o.mayCoverSymbols() && cover < bestCover) {
                    best = c;
                    bestCover = cover;
                }
            }
            if (best != null) {
                hard.take(best.box());
                takeLeader(best.leader());
                return new PlacedLabel(r, i, o.text(), o.style(), best);
            }
        }
        return null;
    }

    private boolean inside(double[] b) {
        return b[0] >= bounds[0] && b[1] >= bounds[1] && b[2] <= bounds[2] && b[3] <= bounds[3];
    }

    private boolean leaderFree(double[] l) {
        if (l == null || l.length != 4) {
            return true;
        }
        for (double t : new double[] {0.25, 0.5, 0.75}) {
            double x = l[0] + t * (l[2] - l[0]);
            double y = l[1] + t * (l[3] - l[1]);
            if (!hard.isFree(new double[] {x - 0.5, y - 0.5, x + 0.5, y + 0.5})) {
                return false;
            }
        }
        return true;
    }

    private void takeLeader(double[] l) {
        if (l == null || l.length != 4) {
            return;
        }
        for (double t : new double[] {0.25, 0.5, 0.75}) {
            double x = l[0] + t * (l[2] - l[0]);
            double y = l[1] + t * (l[3] - l[1]);
            hard.take(new double[] {x - 0.5, y - 0.5, x + 0.5, y + 0.5});
        }
    }
}
