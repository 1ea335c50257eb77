package org.standoff.print;

import org.standoff.render.Surface;
import org.standoff.render.Viewport;
import org.standoff.render.label.LabelEngine;

/**
 * Draws the caller's layers, zones and sites into the map frame, over the basemap the renderer
 * has already drawn. The surface is the map frame (origin at its top-left, clipped to it) and
 * the viewport maps lon/lat to it. Called once per map frame, on the exporting thread; it must
 * not keep the surface.
 */
@FunctionalInterface
public interface MapPainter {

    /** Paints onto the frame. */
    void paint(Surface s, Viewport v);

    /**
     * Paints onto the frame and queues any labels (e.g. zone radii) in the frame's label engine,
     * which places them with the site and basemap names after every painter has run. By default
     * paints without labels.
     */
    default void paint(Surface s, Viewport v, LabelEngine labels) {
        paint(s, v);
    }

    /** Paints nothing: a basemap-only map. */
    MapPainter NONE = (s, v) -> {};
}
