package org.standoff.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.standoff.render.TextStyle;

/**
 * A simple greedy label placer: labels are placed in priority order (highest first, ties in
 * insertion order), each at the first of a few positions around its anchor (right, left, above,
 * below) whose bounding box stays inside the bounds and meets no already placed label and no
 * obstacle; a label with no free position is dropped. Long labels are first shortened to
 * {@code maxWidth} with an ellipsis at a word boundary ({@link TextFit}).
 *
 * <p>Guarantees that no two placed boxes overlap. Not an optimiser: it does not move earlier
 * labels to make room for later ones. Not thread-safe; use one placer per map.
 */
public final class LabelPlacer {

    /** A label to place. */
    public record Candidate(String text, double anchorX, double anchorY, int priority) {}

    /** A placed label: draw {@code text} with its baseline at ({@code x}, {@code baseline}). */
    public record Placed(String text, double x, double baseline, Rect box) {}

    private final Rect bounds;
    private final TextMeasure measure;
    private final TextStyle style;
    private final double maxWidth;
    private final double gap;
    private final List<Rect> taken = new ArrayList<>();

    /**
     * @param bounds   labels must lie wholly inside this rectangle
     * @param style    the label text style (its size sets the box height)
     * @param maxWidth longer labels are shortened to this width
     * @param gap      distance between the anchor and the label, e.g. the symbol's radius plus a bit
     */
    public LabelPlacer(Rect bounds, TextMeasure measure, TextStyle style, double maxWidth, double gap) {
        this.bounds = bounds;
        this.measure = measure;
        this.style = style;
        this.maxWidth = maxWidth;
        this.gap = gap;
    }

    /** Reserves an area no label may cover, e.g. a symbol or an inset. */
    public void addObstacle(Rect r) {
        taken.add(r);
    }

    /** Places the candidates; returns those placed, in placement order. */
    public List<Placed> place(List<Candidate> candidates) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt(Candidate::priority).reversed());
        List<Placed> placed = new ArrayList<>();
        for (Candidate c : order) {
            String text = TextFit.fit(c.text(), style, maxWidth, measure);
            if (text.isEmpty()) {
                continue;
            }
            Placed p = placeOne(text, c.anchorX(), c.anchorY());
            if (p != null) {
                taken.add(p.box());
                placed.add(p);
            }
        }
        return placed;
    }

    private Placed placeOne(String text, double ax, double ay) {
        double w = measure.width(text, style);
        double ascent = style.size() * 0.78;
        double descent = style.size() * 0.24;
        double h = ascent + descent;
        double halo = style.haloWidth();
        // Anchor offsets of the box's top-left: right, left, above, below.
        double[][] tries = {
            {ax + gap, ay - h / 2},
            {ax - gap - w, ay - h / 2},
            {ax - w / 2, ay - gap - h},
            {ax - w / 2, ay + gap},
        };
        for (double[] t : tries) {
            Rect box = new Rect(t[0] - halo, t[1] - halo, w + 2 * halo, h + 2 * halo);
            if (bounds.contains(box) && taken.stream().noneMatch(box::intersects)) {
                return new Placed(text, t[0], t[1] + ascent, box);
            }
        }
        return null;
    }
}
