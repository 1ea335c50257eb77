package org.standoff.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The screen space labels already take in one frame, so that painters drawn after one another
 * keep their labels apart: a painter asks whether a box is free and takes it. Boxes are
 * {@code {minX, minY, maxX, maxY}} in pixels.
 *
 * <p>Not thread-safe; one per frame.
 */
public final class LabelSpace {

    private final List<double[]> taken = new ArrayList<>();

    /** Whether the box overlaps no box taken so far. */
    public boolean isFree(double[] box) {
        for (double[] t : taken) {
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                return false;
            }
        }
        return true;
    }

    /** Takes the box (whether or not it was free). */
    public void take(double[] box) {
        taken.add(box.clone());
    }

    /** Takes the box if it is free; whether it was. */
    public boolean place(double[] box) {
        if (!isFree(box)) {
            return false;
        }
        take(box);
        return true;
    }
}
