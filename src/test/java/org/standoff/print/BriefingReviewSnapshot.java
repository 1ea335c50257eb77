package org.standoff.print;

import org.standoff.render.Viewport;
import org.standoff.sample.SampleProject;

/** Snapshots of the sample project as the desktop would take them. */
final class BriefingReviewSnapshot {

    private BriefingReviewSnapshot() {}

    /** The sample project with the map zoomed in on Cheyenne (zoom 11, 800 × 500 px). */
    static ProjectSnapshot sampleZoomedIn() {
        ProjectSnapshot s = HeadlessBriefing.snapshot(SampleProject.build());
        return new ProjectSnapshot(
                s.layers(),
                s.sites(),
                s.zones(),
                s.zoneShapes(),
                s.ruleSets(),
                s.findings(),
                s.unit(),
                Viewport.centredOn(-104.8, 41.1, 11, 800, 500));
    }
}
