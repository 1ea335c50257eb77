package org.standoff.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pre-rendered, antialiased images of point symbols, one per style, so raster surfaces stamp
 * an image per point instead of filling a shape. Thread-safe; the cache grows with the number
 * of distinct styles, which is small.
 */
final class SymbolSprites {

    private static final ConcurrentHashMap<SymbolStyle, BufferedImage> CACHE = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<SymbolStyle, Pixels> PIXELS = new ConcurrentHashMap<>();

    /** A square sprite as premultiplied ARGB pixels, row by row. */
    record Pixels(int size, int[] argb) {}

    /** The sprite as premultiplied pixels, for stamping straight into a raster. */
    static Pixels premultiplied(SymbolStyle style) {
        return PIXELS.computeIfAbsent(style, s -> {
            BufferedImage src = sprite(s);
            int n = src.getWidth();
            BufferedImage pre = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = pre.createGraphics();
            g.drawImage(src, 0, 0, null);
            g.dispose();
            return new Pixels(
                    n,
                    ((java.awt.image.DataBufferInt) pre.getRaster().getDataBuffer())
                            .getData()
                            .clone());
        });
    }

    private SymbolSprites() {}

    static BufferedImage sprite(SymbolStyle style) {
        return CACHE.computeIfAbsent(style, SymbolSprites::draw);
    }

    private static BufferedImage draw(SymbolStyle s) {
        int px = (int) Math.ceil(s.size() * 1.3 + s.outlineWidth() * 2) + 2;
        BufferedImage img = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double[] xy = SymbolShapes.outline(s.shape(), s.size());
            Path2D.Double path = new Path2D.Double();
            double c = px / 2.0;
            path.moveTo(c + xy[0], c + xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                path.lineTo(c + xy[i], c + xy[i + 1]);
            }
            path.closePath();
            g.setColor(awt(s.fill()));
            g.fill(path);
            if (s.outlineWidth() > 0) {
                g.setColor(awt(s.outline()));
                g.setStroke(new BasicStroke((float) s.outlineWidth()));
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static Color awt(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }
}
