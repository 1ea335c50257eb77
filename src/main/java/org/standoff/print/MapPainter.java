package org.standoff.print;

import org.standoff.render.Surface;
import org.standoff.render.Viewport;

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

    /** Paints nothing: a basemap-only map. */
    MapPainter NONE = (s, v) -> { };
}
