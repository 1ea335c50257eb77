package org.standoff.io.shapefile;

/**
 * Receives progress of a long read and may cancel it. Called from the reading thread, every
 * few thousand records; implementations must be cheap and must do their own thread hand-off
 * (no JavaFX here). Cancellation ends the read with a {@link ShapefileException}.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = fraction -> {};

    /** Reports the fraction of records processed so far, from 0 to 1. */
    void progress(double fraction);

    /** Polled together with {@link #progress}; returning true stops the read. */
    default boolean isCancelled() {
        return false;
    }
}
