package org.standoff.ui.layers;

import java.util.ArrayList;
import java.util.List;
import org.standoff.model.Feature;
import org.standoff.model.LayerSource;
import org.standoff.model.ProjectLayer;

/**
 * What a layer's information window and its row in the layers panel say about where the layer
 * came from: file, import time, declared coordinate system, the datum transformation that took it
 * to WGS 84 with its stated accuracy, a warning when that transformation is unknown or coarser
 * than the one-mile rule allows ({@link LayerSource#datumWarning()}), the features repaired on
 * loading, and the reader's warnings as kept in the project file. Plain text; no JavaFX, so the
 * view model tests read it directly.
 */
public final class LayerInfo {

    private LayerInfo() {}

    /** The lines of the information window, in order. */
    public static List<String> lines(ProjectLayer layer) {
        List<String> out = new ArrayList<>();
        out.add(layer.name() + " (" + layer.role().label() + ", "
                + layer.data().features().size() + " features)");
        LayerSource s = layer.data().source().orElse(null);
        if (s == null) {
            out.add("Source: not recorded");
            return out;
        }
        out.add("Source: " + s.path() + (s.importedAt() == null ? "" : ", imported " + s.importedAt()));
        out.add("Coordinate system: " + (s.crsName() == null ? "not recorded" : s.crsName()));
        out.add("To WGS 84: " + (s.datumRecorded() ? s.datumOperation() : "not recorded (saved by an older Standoff)"));
        s.datumWarning().ifPresent(w -> out.add("⚠ " + w));
        long repaired = layer.data().features().stream()
                .map(Feature::original)
                .filter(java.util.Optional::isPresent)
                .count();
        if (repaired > 0) {
            out.add(repaired + " feature(s) had invalid outlines and are measured and drawn as repaired");
        }
        if (!s.readerWarnings().isEmpty()) {
            out.add("Reading the file found:");
            s.readerWarnings().forEach(w -> out.add("  • " + w));
        }
        return out;
    }

    /** The short warning for the layer's row, or null when there is nothing to warn of. */
    public static String badge(ProjectLayer layer) {
        LayerSource s = layer.data().source().orElse(null);
        if (s == null) {
            return null;
        }
        if (s.datumWarning().isPresent()) {
            return s.datumWarning().get();
        }
        return s.readerWarnings().isEmpty() ? null : s.readerWarnings().size() + " warning(s) from reading the file";
    }
}
