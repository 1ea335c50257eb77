package org.standoff.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A {@link Surface} that writes vector PDF through a PDFBox {@link PDPageContentStream}, for
 * briefing maps and atlases.
 *
 * <p>Everything stays vector: paths are PDF path operators filled with the even-odd rule
 * ({@code f*}), translucent colours use PDF transparency (an {@code /ExtGState} with
 * {@code ca}/{@code CA}, shared per alpha through {@link PdfResources}) instead of rasterising,
 * symbols are traced from {@link SymbolShapes}, and text is real text in an embedded Unicode
 * font, so it can be selected and searched. Text halos are stroked glyph outlines drawn under
 * the text and marked as {@code /Artifact}, so search and copy see each label once.
 *
 * <p>Surface units are PDF points. The surface is a rectangle of the page with its own origin
 * at the rectangle's top-left and y growing down; {@link #px} and {@link #py} are the one place
 * that flips to PDF's bottom-up page space. A surface made by {@link #region} is clipped to its
 * rectangle until {@link #close()}. Paths are buffered and only written on fill or stroke,
 * because a PDF fill consumes its path while the {@link Surface} contract keeps it for a
 * following stroke. Not thread-safe; {@link #close()} does not close the content stream.
 */
public final class PdfSurface implements Surface, AutoCloseable {

    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CLOSE = 2;

    private final PDPageContentStream cs;
    private final PdfResources res;
    private final double pageHeight;
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final boolean clipped;

    private byte[] ops = new byte[64];
    private double[] coords = new double[128];
    private int opCount;
    private int coordCount;

    private PdfSurface(
            PDPageContentStream cs,
            PdfResources res,
            double pageHeight,
            double left,
            double top,
            double width,
            double height,
            boolean clip) {
        this.cs = cs;
        this.res = res;
        this.pageHeight = pageHeight;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.clipped = clip;
        if (clip) {
            io(() -> {
                cs.saveGraphicsState();
                cs.addRect((float) left, (float) (pageHeight - top - height), (float) width, (float) height);
                cs.clip();
            });
        }
    }

    /** A surface covering a whole page of the given size in points, unclipped. */
    public static PdfSurface page(PDPageContentStream cs, PdfResources res, double pageWidth, double pageHeight) {
        return new PdfSurface(cs, res, pageHeight, 0, 0, pageWidth, pageHeight, false);
    }

    /**
     * A surface for a rectangle of this one (in this surface's units), with its origin at the
     * rectangle's top-left and drawing clipped to it until the returned surface is closed.
     * Draw nothing on this surface while the region is open: the clip applies to both.
     */
    public PdfSurface region(double x, double y, double w, double h) {
        return new PdfSurface(cs, res, pageHeight, left + x, top + y, w, h, true);
    }

    /** Ends the clip of a region; does nothing for a page surface. */
    @Override
    public void close() {
        if (clipped) {
            io(cs::restoreGraphicsState);
        }
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    /** Page x of surface x. */
    private float px(double x) {
        return (float) (left + x);
    }

    /** Page y of surface y: the single place where y-down becomes PDF's y-up. */
    private float py(double y) {
        return (float) (pageHeight - top - y);
    }

    @Override
    public void beginPath() {
        opCount = 0;
        coordCount = 0;
    }

    @Override
    public void moveTo(double x, double y) {
        add(MOVE, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        add(LINE, x, y);
    }

    @Override
    public void closePath() {
        add(CLOSE, Double.NaN, Double.NaN);
    }

    private void add(byte op, double x, double y) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, ops.length * 2);
        }
        ops[opCount++] = op;
        if (op != CLOSE) {
            if (coordCount + 2 > coords.length) {
                coords = Arrays.copyOf(coords, coords.length * 2);
            }
            coords[coordCount++] = x;
            coords[coordCount++] = y;
        }
    }

    private void emitPath() throws IOException {
        int c = 0;
        boolean open = false;
        for (int i = 0; i < opCount; i++) {
            switch (ops[i]) {
                case MOVE -> {
                    cs.moveTo(px(coords[c]), py(coords[c + 1]));
                    c += 2;
                    open = true;
                }
                case LINE -> {
                    if (!open) {
                        cs.moveTo(px(coords[c]), py(coords[c + 1]));
                        open = true;
                    } else {
                        cs.lineTo(px(coords[c]), py(coords[c + 1]));
                    }
                    c += 2;
                }
                default -> {
                    if (open) {
                        cs.closePath();
                    }
                    open = false;
                }
            }
        }
    }

    @Override
    public void fillPath(Rgba fill) {
        if (opCount == 0 || fill.alpha() == 0) {
            return;
        }
        io(() -> {
            boolean translucent = beginAlpha(fill.alpha(), false);
            setFill(fill);
            emitPath();
            cs.fillEvenOdd();
            endAlpha(translucent);
        });
    }

    @Override
    public void strokePath(Stroke stroke) {
        if (opCount == 0 || stroke.color().alpha() == 0) {
            return;
        }
        io(() -> {
            boolean translucent = beginAlpha(stroke.color().alpha(), true);
            applyStroke(stroke);
            emitPath();
            cs.stroke();
            endAlpha(translucent);
        });
    }

    private void applyStroke(Stroke stroke) throws IOException {
        Rgba c = stroke.color();
        cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        cs.setLineWidth((float) stroke.width());
        cs.setLineJoinStyle(1);
        double[] d = stroke.dashes();
        // Same caps as Java2DSurface: round when solid, butt when dashed so dashes keep their length.
        cs.setLineCapStyle(d.length == 0 ? 1 : 0);
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        cs.setLineDashPattern(f, 0);
    }

    private void setFill(Rgba c) throws IOException {
        cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }

    /** Opens a graphics state with the given opacity if it is below 1; true if it did. */
    private boolean beginAlpha(int alpha, boolean stroking) throws IOException {
        if (alpha >= 255) {
            return false;
        }
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(stroking ? res.strokeAlpha(alpha) : res.fillAlpha(alpha));
        return true;
    }

    private void endAlpha(boolean translucent) throws IOException {
        if (translucent) {
            cs.restoreGraphicsState();
        }
    }

    @Override
    public void symbols(double[] xy, int count, SymbolStyle style) {
        if (count <= 0) {
            return;
        }
        // Symbols use their own path so the caller's current path survives, as on Java2D.
        byte[] savedOps = Arrays.copyOf(ops, opCount);
        double[] savedCoords = Arrays.copyOf(coords, coordCount);
        beginPath();
        double[] shape = SymbolShapes.outline(style.shape(), style.size());
        for (int i = 0; i < count; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            moveTo(x + shape[0], y + shape[1]);
            for (int k = 2; k < shape.length; k += 2) {
                lineTo(x + shape[k], y + shape[k + 1]);
            }
            closePath();
        }
        fillSymbols(xy, count, shape, style);
        if (style.outlineWidth() > 0) {
            strokePath(Stroke.solid(style.outline(), style.outlineWidth()));
        }
        ops = Arrays.copyOf(savedOps, Math.max(64, savedOps.length));
        coords = Arrays.copyOf(savedCoords, Math.max(128, savedCoords.length));
        opCount = savedOps.length;
        coordCount = savedCoords.length;
    }

    private void fillSymbols(double[] xy, int count, double[] shape, SymbolStyle style) {
        if (style.fill().alpha() == 0) {
            return;
        }
        io(() -> {
            boolean translucent = beginAlpha(style.fill().alpha(), false);
            setFill(style.fill());
            emitPath();
            // Nonzero winding: two overlapping symbols must not punch a hole in each other.
            cs.fill();
            endAlpha(translucent);
        });
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        if (fill.alpha() == 0) {
            return;
        }
        io(() -> {
            boolean translucent = beginAlpha(fill.alpha(), false);
            setFill(fill);
            cs.addRect(px(x), py(y + h), (float) w, (float) h);
            cs.fill();
            endAlpha(translucent);
        });
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        String shown = res.printable(text, style.bold());
        io(() -> {
            if (style.haloWidth() > 0 && style.halo().alpha() > 0) {
                // An artifact: viewers and text extraction skip it, so the label is found once.
                cs.beginMarkedContent(COSName.ARTIFACT);
                boolean translucent = beginAlpha(style.halo().alpha(), true);
                Rgba h = style.halo();
                cs.setStrokingColor(h.red() / 255f, h.green() / 255f, h.blue() / 255f);
                cs.setLineWidth((float) (style.haloWidth() * 2));
                cs.setLineJoinStyle(1);
                cs.setLineDashPattern(new float[0], 0);
                showText(shown, x, y, style, RenderingMode.STROKE);
                endAlpha(translucent);
                cs.endMarkedContent();
            }
            boolean translucent = beginAlpha(style.fill().alpha(), false);
            setFill(style.fill());
            showText(shown, x, y, style, RenderingMode.FILL);
            endAlpha(translucent);
        });
    }

    private void showText(String text, double x, double y, TextStyle style, RenderingMode mode) throws IOException {
        cs.beginText();
        cs.setFont(res.font(style.bold()), (float) style.size());
        cs.setRenderingMode(mode);
        cs.newLineAtOffset(px(x), py(y));
        cs.showText(text);
        cs.endText();
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return res.font(style.bold()).getStringWidth(res.printable(text, style.bold())) / 1000.0 * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surface has no checked exceptions; PDF write errors surface as UncheckedIOException. */
    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the PDF page: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
