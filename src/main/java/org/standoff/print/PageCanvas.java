package org.standoff.print;

import org.standoff.render.Surface;

/**
 * One page being drawn, in points with the origin at the page's top-left: the whole page as a
 * surface, and clipped sub-surfaces for frames such as the map. Implemented over a PDF page and
 * over a scaled image, so {@link BriefingRenderer} draws both with the same code. Not
 * thread-safe.
 */
public interface PageCanvas {

    /** The whole page, unclipped. */
    Surface page();

    /**
     * A surface for a page rectangle, origin at its top-left, clipped to it. Draw nothing on the
     * page surface until the region is closed.
     */
    Region region(Rect r);

    /** An open clipped region; close it to end the clip. */
    interface Region extends AutoCloseable {
        Surface surface();

        @Override
        void close();
    }
}
