package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.standoff.render.Rgba;
import org.standoff.render.TextStyle;

class TextFitTest {

    /** 5 units per character: predictable widths. */
    static final TextMeasure MONO = (text, style) -> text.codePointCount(0, text.length()) * 5.0;

    static final TextStyle STYLE = TextStyle.plain(8, Rgba.hex("#000000"));

    @Test
    void longNamesAreShortenedAtAWordBoundaryWithAnEllipsis() {
        assertEquals("Blue Mesa Digital…", TextFit.fit("Blue Mesa Digital Mining Facility North", STYLE, 100, MONO));
    }

    @Test
    void textFitKeepsShortTextAndCutsWordlessTextBetweenCharacters() {
        assertEquals("Fort Knox", TextFit.fit("Fort Knox", STYLE, 100, MONO));
        assertEquals("Abcdefghi…", TextFit.fit("Abcdefghijklmnopqrstuvwxyz", STYLE, 50, MONO));
        assertEquals("", TextFit.fit("Anything", STYLE, 3, MONO));
        assertEquals("Sainte-Geneviève…", TextFit.fit("Sainte-Geneviève Hashworks", STYLE, 90, MONO));
    }
}
