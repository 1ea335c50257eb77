package org.standoff.print;

import java.util.List;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * A small boxed note in the map frame's top-left corner: what the map does not show (sites
 * outside it, flagged sites it had no room to mark). Each line is shortened to the box with an
 * ellipsis only past half the frame's width. Stateless.
 */
final class Notice {

    static final TextStyle STYLE = PrintStyles.text(7, true, PrintStyles.INK);
    private static final double PAD = 3;
    private static final double LINE = 9;
    /** The notice never takes more than this many lines of the map. */
    private static final int MAX_LINES = 8;

    private Notice() {}

    /** The box the lines need, frame units, top-left at ({@code x0}, {@code y0}). */
    static double[] box(Surface s, List<String> lines, double x0, double y0) {
        List<String> wrapped = wrap(s, lines, s.width() / 2);
        double w = 0;
        for (String l : wrapped) {
            w = Math.max(w, s.textWidth(l, STYLE));
        }
        // Room for one more line: the second plan may add the flagged sites it could not mark.
        double h = LINE * (Math.min(MAX_LINES, wrapped.size()) + 1);
        return new double[] {x0, y0, x0 + Math.max(w, s.width() / 4) + 2 * PAD, y0 + h + 2 * PAD};
    }

    /** The lines broken at spaces to {@code width}; a word longer than the width stays whole. */
    static List<String> wrap(Surface s, List<String> lines, double width) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : lines) {
            StringBuilder cur = new StringBuilder();
            for (String word : line.split(" ")) {
                String next = cur.isEmpty() ? word : cur + " " + word;
                if (!cur.isEmpty() && s.textWidth(next, STYLE) > width) {
                    out.add(cur.toString());
                    cur = new StringBuilder(word);
                } else {
                    cur = new StringBuilder(next);
                }
            }
            out.add(cur.toString());
        }
        return out;
    }

    static void draw(Surface s, double[] box, List<String> notices) {
        List<String> lines = wrap(s, notices, box[2] - box[0] - 2 * PAD);
        int room = (int) Math.floor((box[3] - box[1] - 2 * PAD) / LINE + 1e-9);
        if (lines.size() > room) {
            // Never silently: the last line that fits says the list goes on in the table.
            lines = new java.util.ArrayList<>(lines.subList(0, Math.max(0, room - 1)));
            lines.add("… and more: see the findings table");
        }
        double h = LINE * lines.size() + 2 * PAD;
        s.fillRect(box[0], box[1], box[2] - box[0], h, PrintStyles.PAPER.withOpacity(0.9));
        s.beginPath();
        s.moveTo(box[0], box[1]);
        s.lineTo(box[2], box[1]);
        s.lineTo(box[2], box[1] + h);
        s.lineTo(box[0], box[1] + h);
        s.closePath();
        s.strokePath(Stroke.solid(PrintStyles.MUTED, 0.5));
        double y = box[1] + PAD;
        for (String l : lines) {
            TextBlock.draw(
                    s, l, new Rect(box[0] + PAD, y, box[2] - box[0] - 2 * PAD, LINE), STYLE, TextBlock.Align.LEFT);
            y += LINE;
        }
    }
}
