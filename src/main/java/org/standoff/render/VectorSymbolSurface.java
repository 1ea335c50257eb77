package org.standoff.render;

/**
 * A {@link Surface} decorator that draws {@link #symbols} as vector outlines from
 * {@link SymbolShapes} instead of the delegate's symbols, and passes everything else through.
 *
 * <p>For print-resolution raster output: {@link Java2DSurface} stamps pre-rendered screen-size
 * sprites, which a 300 DPI scale transform would blow up into blurry squares; traced outlines
 * stay sharp at any scale. Slower than sprites, which does not matter for a page. Calling
 * {@link #symbols} replaces the delegate's current path. Not thread-safe, like its delegate.
 */
public final class VectorSymbolSurface implements Surface {

    private final Surface d;

    public VectorSymbolSurface(Surface delegate) {
        this.d = delegate;
    }

    @Override
    public double width() {
        return d.width();
    }

    @Override
    public double height() {
        return d.height();
    }

    @Override
    public void beginPath() {
        d.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        d.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        d.lineTo(x, y);
    }

    @Override
    public void closePath() {
        d.closePath();
    }

    @Override
    public void fillPath(Rgba fill) {
        d.fillPath(fill);
    }

    @Override
    public void strokePath(Stroke stroke) {
        d.strokePath(stroke);
    }

    @Override
    public void symbols(double[] xy, int count, SymbolStyle style) {
        double[] shape = SymbolShapes.outline(style.shape(), style.size());
        // One symbol at a time: the even-odd rule would punch holes where symbols overlap.
        for (int i = 0; i < count; i++) {
            d.beginPath();
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            d.moveTo(x + shape[0], y + shape[1]);
            for (int k = 2; k < shape.length; k += 2) {
                d.lineTo(x + shape[k], y + shape[k + 1]);
            }
            d.closePath();
            d.fillPath(style.fill());
            if (style.outlineWidth() > 0) {
                d.strokePath(Stroke.solid(style.outline(), style.outlineWidth()));
            }
        }
        d.beginPath();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        d.fillRect(x, y, w, h, fill);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        d.text(text, x, y, style);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return d.textWidth(text, style);
    }
}
