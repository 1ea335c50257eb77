package org.standoff.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A {@link Surface} over a Java2D {@link Graphics2D}, used for map tiles, the screen overlay
 * and PNG export. Java2D rather than JavaFX's {@code GraphicsContext} because it can render on
 * any thread, so tiles and overlays are drawn off the JavaFX thread (STYLE.md, threading).
 *
 * <p>Strokes and text are antialiased; fills are not, because every fill of the map is
 * outlined by a stroke and antialiased fills of abutting shapes leave hairline seams between
 * them. Not thread-safe; the caller owns and disposes the graphics.
 */
public final class Java2DSurface implements Surface {

    private final Graphics2D g;
    private final double width;
    private final double height;
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    private final int[] raster;

    public Java2DSurface(Graphics2D g, double width, double height) {
        this(g, width, height, null);
    }

    /**
     * A surface over a premultiplied ARGB image, drawn with no transform: symbols are then
     * stamped straight into its pixels, several times faster than one {@code drawImage} each.
     */
    public static Java2DSurface over(java.awt.image.BufferedImage image, Graphics2D g) {
        if (image.getType() != java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("the fast path needs TYPE_INT_ARGB_PRE");
        }
        return new Java2DSurface(
                g,
                image.getWidth(),
                image.getHeight(),
                ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData());
    }

    private Java2DSurface(Graphics2D g, double width, double height, int[] raster) {
        this.raster = raster;
        this.g = g;
        this.width = width;
        this.height = height;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath(Rgba fill) {
        g.setColor(color(fill));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.fill(path);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    @Override
    public void strokePath(Stroke stroke) {
        g.setColor(color(stroke.color()));
        g.setStroke(awtStroke(stroke));
        g.draw(path);
    }

    @Override
    public void symbols(double[] xy, int count, SymbolStyle style) {
        if (raster != null && g.getTransform().isIdentity() && g.getClip() == null) {
            stamp(xy, count, SymbolSprites.premultiplied(style));
            return;
        }
        java.awt.image.BufferedImage sprite = SymbolSprites.sprite(style);
        double half = sprite.getWidth() / 2.0;
        for (int i = 0; i < count; i++) {
            g.drawImage(sprite, (int) Math.round(xy[2 * i] - half), (int) Math.round(xy[2 * i + 1] - half), null);
        }
    }

    /** Source-over of a premultiplied sprite into the raster, clipped to the image. */
    private void stamp(double[] xy, int count, SymbolSprites.Pixels sprite) {
        int w = (int) width;
        int h = (int) height;
        int sw = sprite.size();
        int[] src = sprite.argb();
        for (int i = 0; i < count; i++) {
            int x0 = (int) Math.round(xy[2 * i] - sw / 2.0);
            int y0 = (int) Math.round(xy[2 * i + 1] - sw / 2.0);
            for (int sy = 0; sy < sw; sy++) {
                int y = y0 + sy;
                if (y < 0 || y >= h) {
                    continue;
                }
                int row = y * w;
                for (int sx = 0; sx < sw; sx++) {
                    int x = x0 + sx;
                    int s = src[sy * sw + sx];
                    int sa = s >>> 24;
                    if (sa == 0 || x < 0 || x >= w) {
                        continue;
                    }
                    if (sa == 255) {
                        raster[row + x] = s;
                    } else {
                        raster[row + x] = over(s, sa, raster[row + x]);
                    }
                }
            }
        }
    }

    private static int over(int s, int sa, int d) {
        int inv = 255 - sa;
        int a = sa + ((d >>> 24) * inv + 127) / 255;
        int r = ((s >> 16) & 0xFF) + (((d >> 16) & 0xFF) * inv + 127) / 255;
        int gr = ((s >> 8) & 0xFF) + (((d >> 8) & 0xFF) * inv + 127) / 255;
        int b = (s & 0xFF) + ((d & 0xFF) * inv + 127) / 255;
        return (a << 24) | (r << 16) | (gr << 8) | b;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        g.setColor(color(fill));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        Font font = font(style);
        if (style.haloWidth() > 0) {
            TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
            java.awt.Shape outline = layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y));
            g.setColor(color(style.halo()));
            g.setStroke(
                    new BasicStroke((float) (style.haloWidth() * 2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(color(style.fill()));
        g.setFont(font);
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        if (text.isEmpty()) {
            return 0;
        }
        FontRenderContext frc = g.getFontRenderContext();
        return font(style).getStringBounds(text, frc).getWidth();
    }

    private static Font font(TextStyle style) {
        return new Font(Font.SANS_SERIF, style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) style.size());
    }

    private static Color color(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }

    private static BasicStroke awtStroke(Stroke s) {
        double[] d = s.dashes();
        if (d.length == 0) {
            return new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return new BasicStroke((float) s.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, f, 0f);
    }
}
