package org.standoff.model;

import java.util.Objects;

/**
 * A data layer as the project shows it: the features, their role in the analysis, the style
 * and whether it is visible. Immutable; edits produce a new value ({@code with...}), which is
 * what undo keeps. The id is unique within a project and stable across edits.
 */
public record ProjectLayer(String id, Layer data, LayerRole role, LayerStyle style, boolean visible) {

    public ProjectLayer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(style, "style");
    }

    public String name() {
        return data.name();
    }

    public ProjectLayer withRole(LayerRole r) {
        return new ProjectLayer(id, data, r, style, visible);
    }

    public ProjectLayer withStyle(LayerStyle s) {
        return new ProjectLayer(id, data, role, s, visible);
    }

    public ProjectLayer withVisible(boolean v) {
        return new ProjectLayer(id, data, role, style, v);
    }
}
