package org.standoff.render.label;

import org.standoff.render.TextStyle;

/**
 * A label the engine placed: the request, which of its options won (0 for the first), and
 * where. Immutable.
 */
public record PlacedLabel(LabelRequest request, int option, String text, TextStyle style, Candidate at) {

    /** The box the label takes, halo included. */
    public double[] box() {
        return at.box().clone();
    }
}
