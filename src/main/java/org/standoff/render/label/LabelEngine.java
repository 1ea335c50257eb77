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
 * <p>After the greedy pass a bounded improvement pass moves placed labels aside for the ones
 * left out, as PAL's chain moves do: for a label with no free place, each of its candidates
 * blocked only by one or two placed labels (no reserved box, no symbol a name may not cover) is
 * tried with those labels moved to another of their own free candidates (or, when one of lower
 * priority has none, left out for it); the first such chain that works is kept. At most {@value #IMPROVE_PASSES} passes, and at most
 * {@value #IMPROVE_BUDGET} candidate tests, so the cost stays bounded on a national map.
 *
 * <p>Guarantees: no two placed label boxes overlap; none overlaps a reserved box or leaves the
 * bounds; a name never covers a symbol. A moved label keeps its option (its text) and its
 * place's rules. Not an optimum: chains are one step deep. Leader lines avoid placed labels at
 * sample points, not exactly. Not thread-safe; one engine per frame.
 */
public final class LabelEngine {

    private static final Stroke LEADER = Stroke.solid(Rgba.hex("#1b1f24"), 0.6);
    private static final Stroke LEADER_HALO = Stroke.solid(Rgba.hex("#ffffff"), 1.8);

    /** Improvement passes over the labels left out, and candidate tests allowed in all. */
    static final int IMPROVE_PASSES = 3;

    static final int IMPROVE_BUDGET = 100_000;
    private static final int MAX_BLOCKERS = 2;

    private final double[] bounds;
    /** Benchmarks switch the improvement pass off with {@code -Dstandoff.labels.improve=false} to measure what it adds. */
    private boolean improve = !"false".equals(System.getProperty("standoff.labels.improve"));

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

    /** Whether {@link #place} runs the improvement pass after the greedy one (on by default; off to measure it). */
    public LabelEngine improving(boolean on) {
        improve = on;
        return this;
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
        e.improve = improve;
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
        if (improve && !unplaced.isEmpty()) {
            new Chains(measure).run();
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
        forLeader(l, hard::take);
    }

    /** Whether a candidate may be taken by an option: in bounds, its leader free, symbols as the option allows. */
    private boolean allowed(Candidate c, LabelRequest.Option o, int maxCover) {
        return inside(c.box())
                && leaderFree(c.leader())
                && soft.count(c.box(), maxCover + 1) <= maxCover
                && (o.mayCoverSymbols() || soft.isFree(c.box()));
    }

    private void release(PlacedLabel p) {
        hard.release(p.at().box());
        forLeader(p.at().leader(), hard::release);
    }

    private void take(Candidate c) {
        hard.take(c.box());
        takeLeader(c.leader());
    }

    private static void forLeader(double[] l, java.util.function.Consumer<double[]> f) {
        if (l == null || l.length != 4) {
            return;
        }
        for (double t : new double[] {0.25, 0.5, 0.75}) {
            double x = l[0] + t * (l[2] - l[0]);
            double y = l[1] + t * (l[3] - l[1]);
            f.accept(new double[] {x - 0.5, y - 0.5, x + 0.5, y + 0.5});
        }
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** The improvement pass: one-step chain moves for the labels the greedy pass left out. */
    private final class Chains {

        private static final double CELL = 32;
        private final LabelMeasure measure;
        private final java.util.Map<Long, List<Integer>> cells = new java.util.HashMap<>();
        private int budget = IMPROVE_BUDGET;

        Chains(LabelMeasure measure) {
            this.measure = measure;
            for (int k = 0; k < placed.size(); k++) {
                index(k, placed.get(k).at().box(), true);
            }
        }

        /** Adds or removes placed label {@code k} in the cells its box covers. */
        private void index(int k, double[] b, boolean add) {
            for (long cx = (long) Math.floor(b[0] / CELL); cx <= (long) Math.floor(b[2] / CELL); cx++) {
                for (long cy = (long) Math.floor(b[1] / CELL); cy <= (long) Math.floor(b[3] / CELL); cy++) {
                    long key = cx * 1_000_003L + cy;
                    if (add) {
                        cells.computeIfAbsent(key, x -> new ArrayList<>(4)).add(k);
                    } else {
                        List<Integer> in = cells.get(key);
                        if (in != null) {
                            in.remove(Integer.valueOf(k));
                        }
                    }
                }
            }
        }

        void run() {
            for (int pass = 0; pass < IMPROVE_PASSES && budget > 0; pass++) {
                boolean any = false;
                for (LabelRequest r : List.copyOf(unplaced)) {
                    if (budget <= 0) {
                        break;
                    }
                    PlacedLabel p = tryPlace(r);
                    if (p != null) {
                        unplaced.remove(r);
                        placed.add(p);
                        index(placed.size() - 1, p.at().box(), true);
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
            // Labels a higher one displaced left their slot empty; the index goes with the pass.
            placed.removeIf(java.util.Objects::isNull);
        }

        private PlacedLabel tryPlace(LabelRequest r) {
            for (int i = 0; i < r.options().size(); i++) {
                LabelRequest.Option o = r.options().get(i);
                double w = measure.width(o.text(), o.style());
                for (Candidate c : o.where().candidates(w, TextMetrics.of(o.style()))) {
                    budget--;
                    if (budget <= 0) {
                        return null;
                    }
                    if (!inside(c.box())) {
                        continue;
                    }
                    List<Integer> blockers = blockers(c.box());
                    // Only placed labels may block it: a reserved box or a painter's own text never moves.
                    if (blockers == null
                            || blockers.isEmpty()
                            || blockers.size() > MAX_BLOCKERS
                            || !allowed(c, o, o.mayCoverSymbols() ? Integer.MAX_VALUE - 1 : 0)) {
                        continue;
                    }
                    if (moveAside(blockers, c, r.priority())) {
                        take(c);
                        return new PlacedLabel(r, i, o.text(), o.style(), c);
                    }
                }
            }
            return null;
        }

        /** Indexes of the placed labels whose box overlaps {@code box}, or null if anything else does too. */
        private List<Integer> blockers(double[] box) {
            java.util.Set<Integer> found = new java.util.TreeSet<>();
            for (long cx = (long) Math.floor(box[0] / CELL); cx <= (long) Math.floor(box[2] / CELL); cx++) {
                for (long cy = (long) Math.floor(box[1] / CELL); cy <= (long) Math.floor(box[3] / CELL); cy++) {
                    for (int k : cells.getOrDefault(cx * 1_000_003L + cy, List.of())) {
                        if (placed.get(k) != null && overlaps(placed.get(k).at().box(), box)) {
                            found.add(k);
                        }
                    }
                }
            }
            List<Integer> out = new ArrayList<>(found);
            if (out.size() > MAX_BLOCKERS) {
                return out;
            }
            return hard.count(box, out.size() + 1) == out.size() ? out : null;
        }

        /**
         * Moves each blocker to another free place clear of {@code target}; a blocker of lower
         * priority than {@code priority} with no other place is left out instead (as PAL's
         * costs let a lesser label lose). All or none.
         */
        private boolean moveAside(List<Integer> blockers, Candidate target, LabelPriority priority) {
            List<PlacedLabel> old = new ArrayList<>();
            for (int k : blockers) {
                old.add(placed.get(k));
                release(placed.get(k));
            }
            hard.take(target.box());
            List<PlacedLabel> moved = new ArrayList<>();
            for (PlacedLabel b : old) {
                PlacedLabel to = relocate(b, target.box());
                if (to == null && b.request().priority().ordinal() > priority.ordinal()) {
                    moved.add(null);
                    continue;
                }
                if (to == null) {
                    moved.stream().filter(java.util.Objects::nonNull).forEach(LabelEngine.this::release);
                    hard.release(target.box());
                    old.forEach(p -> take(p.at()));
                    return false;
                }
                take(to.at());
                moved.add(to);
            }
            hard.release(target.box());
            for (int j = 0; j < blockers.size(); j++) {
                index(blockers.get(j), old.get(j).at().box(), false);
                placed.set(blockers.get(j), moved.get(j));
                if (moved.get(j) == null) {
                    unplaced.add(old.get(j).request());
                } else {
                    index(blockers.get(j), moved.get(j).at().box(), true);
                }
            }
            return true;
        }

        /** Another free place for a placed label with the same text, clear of {@code keep}, or null. */
        private PlacedLabel relocate(PlacedLabel b, double[] keep) {
            LabelRequest.Option o = b.request().options().get(b.option());
            int cover = o.mayCoverSymbols() ? soft.count(b.at().box(), Integer.MAX_VALUE) : 0;
            double w = measure.width(o.text(), o.style());
            for (Candidate c : o.where().candidates(w, TextMetrics.of(o.style()))) {
                budget--;
                if (overlaps(c.box(), keep) || !hard.isFree(c.box()) || !allowed(c, o, cover)) {
                    continue;
                }
                return new PlacedLabel(b.request(), b.option(), b.text(), b.style(), c);
            }
            return null;
        }
    }
}
