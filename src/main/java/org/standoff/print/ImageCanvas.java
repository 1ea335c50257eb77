package org.standoff.print;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.standoff.render.Java2DSurface;
import org.standoff.render.Surface;
import org.standoff.render.VectorSymbolSurface;

/**
 * A {@link PageCanvas} over a Java2D graphics scaled from points to pixels (dpi / 72), for PNG
 * export. Symbols are traced as vectors ({@link VectorSymbolSurface}): Java2DSurface's sprites
 * are screen-sized bitmaps that the scale would blur. Not thread-safe; the caller disposes the
 * graphics.
 */
public final class ImageCanvas implements PageCanvas {

    private final Graphics2D g;
    private final Surface page;

    /** {@code g} must already be scaled so that one unit is one point. */
    public ImageCanvas(Graphics2D g, double pageWidth, double pageHeight) {
        this.g = g;
        // Fractional metrics: text widths then scale with the transform, as in the PDF.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        this.page = new VectorSymbolSurface(new Java2DSurface(g, pageWidth, pageHeight));
    }

    @Override
    public Surface page() {
        return page;
    }

    @Override
    public Region region(Rect r) {
        Graphics2D sub = (Graphics2D) g.create();
        sub.translate(r.x(), r.y());
        sub.clip(new Rectangle2D.Double(0, 0, r.width(), r.height()));
        Surface s = new VectorSymbolSurface(new Java2DSurface(sub, r.width(), r.height()));
        return new Region() {
            @Override
            public Surface surface() {
                return s;
            }

            @Override
            public void close() {
                sub.dispose();
            }
        };
    }
}
