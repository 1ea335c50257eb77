package org.standoff.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The per-document shared resources of {@link PdfSurface}: the embedded DejaVu Sans fonts
 * (regular and bold) and one transparency graphics state per alpha value.
 *
 * <p>The fonts are bundled TrueType files (DejaVu Sans 2.37, Bitstream Vera licence, see
 * {@code fonts/DejaVu-LICENSE.txt}) embedded as subsetted Type 0 fonts, so text is real,
 * selectable Unicode text and the PDF renders the same everywhere. Characters the font has no
 * glyph for are replaced by "?" rather than failing the export. Graphics states are cached so
 * fifty translucent zones share one {@code /ExtGState} entry instead of adding fifty. Tied to
 * one {@link PDDocument}; not thread-safe.
 */
public final class PdfResources {

    private static final String FONT_DIR = "/org/standoff/render/fonts/";

    private final PDDocument doc;
    private PDType0Font regular;
    private PDType0Font bold;
    private final Map<Integer, PDExtendedGraphicsState> fillAlpha = new HashMap<>();
    private final Map<Integer, PDExtendedGraphicsState> strokeAlpha = new HashMap<>();
    private final Map<Integer, Boolean> regularGlyphs = new HashMap<>();
    private final Map<Integer, Boolean> boldGlyphs = new HashMap<>();

    public PdfResources(PDDocument doc) {
        this.doc = doc;
    }

    /** The embedded font for a weight, loaded on first use. */
    public PDType0Font font(boolean isBold) {
        try {
            if (isBold) {
                if (bold == null) {
                    bold = load("DejaVuSans-Bold.ttf");
                }
                return bold;
            }
            if (regular == null) {
                regular = load("DejaVuSans.ttf");
            }
            return regular;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled PDF font: " + e.getMessage(), e);
        }
    }

    private PDType0Font load(String file) throws IOException {
        try (InputStream in = PdfResources.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IOException("the bundled font " + FONT_DIR + file + " is missing from the application");
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** The text with every character the font cannot show replaced by "?". */
    public String printable(String text, boolean isBold) {
        PDType0Font f = font(isBold);
        Map<Integer, Boolean> known = isBold ? boldGlyphs : regularGlyphs;
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = known.computeIfAbsent(cp, c -> canEncode(f, c));
            sb.appendCodePoint(ok ? cp : '?');
        });
        return sb.toString();
    }

    private static boolean canEncode(PDType0Font f, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            // PDType0Font throws for a character its cmap maps to no glyph (GID 0).
            f.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The graphics state that sets the fill (non-stroking) opacity to {@code alpha}/255. */
    public PDExtendedGraphicsState fillAlpha(int alpha) {
        return fillAlpha.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant(a / 255f);
            return gs;
        });
    }

    /** The graphics state that sets the stroke opacity to {@code alpha}/255. */
    public PDExtendedGraphicsState strokeAlpha(int alpha) {
        return strokeAlpha.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setStrokingAlphaConstant(a / 255f);
            return gs;
        });
    }
}
