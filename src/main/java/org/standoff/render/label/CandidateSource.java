package org.standoff.render.label;

import java.util.List;

/**
 * Where a label of a given width may go, best place first. Built by {@link Candidates}; called
 * once per label when the engine reaches it, so cheap sources cost nothing for labels that are
 * never tried.
 */
@FunctionalInterface
public interface CandidateSource {

    /** Candidate places for text {@code width} wide with the given line metrics. */
    List<Candidate> candidates(double width, TextMetrics m);
}
