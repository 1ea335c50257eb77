package org.standoff.model;

import java.util.Objects;

/**
 * How a layer is drawn: a colour as {@code #rrggbb}, a fill opacity 0–1 for polygons, a line
 * width and a point symbol size, both in screen pixels (points in print).
 */
public record LayerStyle(String color, double fillOpacity, double lineWidth, double pointSize) {

    public LayerStyle {
        Objects.requireNonNull(color, "color");
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #rrggbb: " + color);
        }
        if (fillOpacity < 0 || fillOpacity > 1) {
            throw new IllegalArgumentException("fill opacity must be within 0..1: " + fillOpacity);
        }
        if (lineWidth <= 0 || pointSize <= 0) {
            throw new IllegalArgumentException("line width and point size must be positive");
        }
    }

    /** The default style for a role. */
    public static LayerStyle defaultFor(LayerRole role) {
        return switch (role) {
            case INSTALLATIONS -> new LayerStyle("#6b4f9e", 0.28, 1.4, 7);
            case SUBSTATIONS -> new LayerStyle("#d9822b", 0.35, 1.2, 5);
            case OTHER -> new LayerStyle("#3d7f5c", 0.25, 1.2, 5);
        };
    }

    public LayerStyle withColor(String c) {
        return new LayerStyle(c, fillOpacity, lineWidth, pointSize);
    }

    public LayerStyle withFillOpacity(double o) {
        return new LayerStyle(color, o, lineWidth, pointSize);
    }

    public LayerStyle withPointSize(double s) {
        return new LayerStyle(color, fillOpacity, lineWidth, s);
    }

    public LayerStyle withLineWidth(double w) {
        return new LayerStyle(color, fillOpacity, w, pointSize);
    }
}
