package org.standoff.render.label;

/**
 * One place a label may take: the text's baseline start and the box it covers (halo included),
 * {@code {minX, minY, maxX, maxY}} in surface units, and optionally a leader line from the
 * labelled thing to the box, {@code {x0, y0, x1, y1}}. Candidates of one label are tried in the
 * order given, best first. Immutable (arrays are not copied; do not change them).
 */
public record Candidate(double x, double baseline, double[] box, double[] leader) {

    public Candidate {
        if (box == null || box.length != 4 || !(box[2] >= box[0]) || !(box[3] >= box[1])) {
            throw new IllegalArgumentException("a label candidate needs a box {minX, minY, maxX, maxY}");
        }
    }

    /** A candidate whose text of width {@code w} has its box's top-left at ({@code left}, {@code top}). */
    public static Candidate at(double left, double top, double w, TextMetrics m, double[] leader) {
        double halo = m.halo();
        return new Candidate(
                left,
                top + m.ascent(),
                new double[] {left - halo, top - halo, left + w + halo, top + m.height() + halo},
                leader);
    }
}
