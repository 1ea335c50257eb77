package org.standoff.print;

import java.util.ArrayList;
import java.util.List;
import org.standoff.render.TextStyle;

/**
 * Breaks text into lines no wider than a width, at spaces; a word wider than the width is
 * broken between characters, so every line fits and no text is lost. Also finds the largest
 * type size, down to a minimum, at which a text wraps into a given number of lines. Stateless
 * and thread-safe.
 */
final class TextWrap {

    /** Sizes are tried from the requested one down in steps of this many points. */
    private static final double STEP = 0.25;

    private TextWrap() {}

    /** The lines of {@code text} in {@code style}, each at most {@code width} wide; empty text gives no lines. */
    static List<String> lines(String text, TextStyle style, double width, TextMeasure m) {
        List<String> out = new ArrayList<>();
        String cur = "";
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String next = cur.isEmpty() ? word : cur + " " + word;
            if (m.width(next, style) <= width) {
                cur = next;
                continue;
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
            cur = word;
            while (cur.length() > 1 && m.width(cur, style) > width) {
                int n = longestPrefix(cur, style, width, m);
                out.add(cur.substring(0, n));
                cur = cur.substring(n);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /**
     * The largest size from {@code requested} down to {@code min} at which {@code text} wraps
     * into at most {@code maxLines} lines when a line is {@code lineFactor} × size high and at
     * most {@code height} of lines is available; {@code min} when none does (the caller then
     * decides what to do with the lines that do not fit).
     */
    static double fitSize(
            String text,
            TextStyle style,
            double width,
            double height,
            double lineFactor,
            double requested,
            double min,
            TextMeasure m) {
        for (double size = requested; size > min; size -= STEP) {
            int room = (int) Math.floor(height / (size * lineFactor) + 1e-9);
            if (room > 0 && lines(text, sized(style, size), width, m).size() <= room) {
                return size;
            }
        }
        return min;
    }

    /** The style at another size. */
    static TextStyle sized(TextStyle s, double size) {
        return new TextStyle(size, s.bold(), s.fill(), s.halo(), s.haloWidth());
    }

    private static int longestPrefix(String word, TextStyle style, double width, TextMeasure m) {
        int n = 1;
        while (n < word.length() && m.width(word.substring(0, n + 1), style) <= width) {
            n++;
        }
        if (n < word.length() && Character.isHighSurrogate(word.charAt(n - 1)) && n > 1) {
            n--;
        }
        return n;
    }
}
