package org.standoff.print;

import org.standoff.render.PdfSurface;
import org.standoff.render.Surface;

/** A {@link PageCanvas} over one PDF page's content stream, in points. Not thread-safe. */
final class PdfCanvas implements PageCanvas {

    private final PdfSurface page;

    PdfCanvas(PdfSurface page) {
        this.page = page;
    }

    @Override
    public Surface page() {
        return page;
    }

    @Override
    public Region region(Rect r) {
        PdfSurface sub = page.region(r.x(), r.y(), r.width(), r.height());
        return new Region() {
            @Override
            public Surface surface() {
                return sub;
            }

            @Override
            public void close() {
                sub.close();
            }
        };
    }
}
