package org.standoff.print;

import org.standoff.render.TextStyle;

/**
 * Measures the advance width of text, e.g. {@code surface::textWidth}. Lets the label placer and
 * text fitting work against any surface, and against a fixed-width stand-in in tests.
 */
@FunctionalInterface
public interface TextMeasure {

    /** The advance width of {@code text} in {@code style}, in surface units. */
    double width(String text, TextStyle style);
}
