package org.standoff.ui.print;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.standoff.print.BriefingContent;
import org.standoff.print.BriefingLayout;
import org.standoff.print.BriefingRenderer;
import org.standoff.print.ImageCanvas;

/**
 * Renders briefing pages into images, for the preview (screen resolution) and for the printer
 * (its resolution), through the same {@link BriefingRenderer} as the PDF. Symbols are traced as
 * vectors, as the PNG export does: Java2DSurface's sprites are screen-sized bitmaps that a
 * scaled page would blur. Stateless; any thread.
 */
final class PageImages {

    /** Screen resolution: 96 pixels per inch over 72 points per inch. */
    static final double SCREEN_PX_PER_PT = 96.0 / 72.0;

    private PageImages() {}

    /** Page {@code page} as an RGB image of {@code pxPerPt} pixels per point. */
    static BufferedImage render(
            BriefingRenderer renderer, BriefingLayout layout, BriefingContent content, int page, double pxPerPt) {
        int w = Math.max(1, (int) Math.round(layout.pageWidth() * pxPerPt));
        int h = Math.max(1, (int) Math.round(layout.pageHeight() * pxPerPt));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(pxPerPt, pxPerPt);
            renderer.renderPage(layout, content, page, new ImageCanvas(g, layout.pageWidth(), layout.pageHeight()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Copies a premultiplied ARGB image into a JavaFX image (allowed off the JavaFX thread). */
    static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return out;
    }
}
