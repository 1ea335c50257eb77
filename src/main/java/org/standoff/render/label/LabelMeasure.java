package org.standoff.render.label;

import org.standoff.render.TextStyle;

/** Measures label text; {@code Surface::textWidth} is one. */
@FunctionalInterface
public interface LabelMeasure {

    /** The advance width of the text in the style, in surface units. */
    double width(String text, TextStyle style);
}
