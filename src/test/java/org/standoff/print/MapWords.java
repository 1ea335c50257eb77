package org.standoff.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words a PDF page shows, with their boxes, read back by PDFBox's text extraction: what a
 * reader sees, whatever code drew it. A word is a run of non-space glyphs on one baseline with
 * no gap wider than a fifth of the font size between them. Boxes are page points, origin
 * top-left, y down, from the glyphs' advance widths and heights.
 */
final class MapWords {

    /** A word and its box; {@code size} is the font size in points. */
    record Word(String text, double x0, double y0, double x1, double y1, double size) {
        boolean overlaps(Word o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }

        boolean inside(Rect r) {
            double cx = (x0 + x1) / 2;
            double cy = (y0 + y1) / 2;
            return cx >= r.x() && cx <= r.right() && cy >= r.y() && cy <= r.bottom();
        }
    }

    private MapWords() {}

    /** The words of a page (1-based). */
    static List<Word> of(PDDocument doc, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                StringBuilder b = new StringBuilder();
                TextPosition first = null;
                TextPosition last = null;
                for (TextPosition p : positions) {
                    boolean space = p.getUnicode().isBlank();
                    boolean gap = last != null
                            && (Math.abs(p.getYDirAdj() - last.getYDirAdj()) > 0.5
                                    || p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj())
                                            > last.getFontSizeInPt() / 5);
                    if ((space || gap) && first != null) {
                        words.add(word(b.toString(), first, last));
                        b.setLength(0);
                        first = null;
                    }
                    if (!space) {
                        if (first == null) {
                            first = p;
                        }
                        b.append(p.getUnicode());
                        last = p;
                    }
                }
                if (first != null) {
                    words.add(word(b.toString(), first, last));
                }
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return words;
    }

    private static Word word(String text, TextPosition first, TextPosition last) {
        double top = Math.min(first.getYDirAdj() - first.getHeightDir(), last.getYDirAdj() - last.getHeightDir());
        double bottom = Math.max(first.getYDirAdj(), last.getYDirAdj());
        return new Word(
                text,
                first.getXDirAdj(),
                top,
                last.getXDirAdj() + last.getWidthDirAdj(),
                bottom,
                first.getFontSizeInPt());
    }

    /** Every pair of overlapping words, as "a / b" texts. */
    static List<String> overlaps(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                if (words.get(i).overlaps(words.get(j))) {
                    out.add(words.get(i).text() + " / " + words.get(j).text());
                }
            }
        }
        return out;
    }
}
