package org.standoff.print;

import org.standoff.render.Rgba;
import org.standoff.render.SymbolStyle;

/**
 * One legend line: a swatch drawn like the map draws the thing, and its label. Immutable.
 *
 * @param label  the text; long labels are shortened with an ellipsis to fit
 * @param kind   how the swatch is drawn
 * @param fill   area fill (FILL), may be translucent; ignored otherwise
 * @param stroke outline (FILL) or line (LINE) colour
 * @param symbol the point symbol (SYMBOL); null otherwise
 */
public record LegendEntry(String label, Kind kind, Rgba fill, Rgba stroke, SymbolStyle symbol) {

    /** Swatch kinds. */
    public enum Kind {
        FILL,
        LINE,
        SYMBOL,
        /** A group heading in bold, no swatch: "Sites: shape = status". */
        HEADING
    }

    public LegendEntry {
        if (label == null || kind == null) {
            throw new IllegalArgumentException("a legend entry needs a label and a kind");
        }
        if (kind == Kind.SYMBOL && symbol == null) {
            throw new IllegalArgumentException("legend entry '" + label + "' is a symbol but has no symbol style");
        }
        if ((kind == Kind.FILL || kind == Kind.LINE) && stroke == null) {
            throw new IllegalArgumentException("legend entry '" + label + "' needs a stroke colour");
        }
    }

    public static LegendEntry area(String label, Rgba fill, Rgba outline) {
        return new LegendEntry(label, Kind.FILL, fill, outline, null);
    }

    public static LegendEntry line(String label, Rgba colour) {
        return new LegendEntry(label, Kind.LINE, null, colour, null);
    }

    public static LegendEntry heading(String label) {
        return new LegendEntry(label, Kind.HEADING, null, null, null);
    }

    public static LegendEntry symbol(String label, SymbolStyle symbol) {
        return new LegendEntry(label, Kind.SYMBOL, null, null, symbol);
    }
}
