package org.standoff.print;

/**
 * Per-element options of a layout. Every field is optional: an empty {@code text} means "take
 * the text from the briefing content", an empty {@code colorHex} the element's default colour,
 * {@code fontSize} 0 the element's default size (points). Immutable.
 *
 * @param text     text that overrides the content's (e.g. a fixed marking); never null
 * @param colorHex colour {@code #rrggbb}, e.g. a marking banner's; never null
 * @param fontSize font size in points, 0 for the default
 */
public record ElementOptions(String text, String colorHex, double fontSize) {

    /** No overrides. */
    public static final ElementOptions DEFAULT = new ElementOptions("", "", 0);

    public ElementOptions {
        text = text == null ? "" : text;
        colorHex = colorHex == null ? "" : colorHex;
        if (!(fontSize >= 0) || fontSize > 200) {
            throw new IllegalArgumentException("font size must be 0 (default) to 200 pt: " + fontSize);
        }
        if (!colorHex.isEmpty() && !colorHex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #rrggbb: " + colorHex);
        }
    }

    /** {@code size} if set, else {@code fallback}. */
    public double fontSizeOr(double fallback) {
        return fontSize > 0 ? fontSize : fallback;
    }

    /** {@code text} if set, else {@code fallback}. */
    public String textOr(String fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
