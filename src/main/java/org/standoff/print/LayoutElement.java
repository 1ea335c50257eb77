package org.standoff.print;

/**
 * One element of a {@link BriefingLayout}: what it shows, where, whether it is shown, and its
 * options. {@code bounds} are FRACTIONS of the printable area (page minus margins), origin at
 * its top-left, y down, so the same layout adapts to any paper; e.g. {@code (0, 0, 1, 0.05)} is
 * a strip across the top 5 % of the printable area. Immutable.
 */
public record LayoutElement(ElementKind kind, Rect bounds, boolean visible, ElementOptions options) {

    public LayoutElement {
        if (kind == null || bounds == null) {
            throw new IllegalArgumentException("a layout element needs a kind and bounds");
        }
        options = options == null ? ElementOptions.DEFAULT : options;
        if (bounds.x() < -1e-9 || bounds.y() < -1e-9 || bounds.right() > 1 + 1e-9 || bounds.bottom() > 1 + 1e-9) {
            throw new IllegalArgumentException(
                    kind + " bounds must lie within the printable area (fractions 0–1): " + bounds);
        }
    }

    /** A visible element with default options. */
    public static LayoutElement of(ElementKind kind, double x, double y, double w, double h) {
        return new LayoutElement(kind, new Rect(x, y, w, h), true, ElementOptions.DEFAULT);
    }

    public LayoutElement withVisible(boolean v) {
        return new LayoutElement(kind, bounds, v, options);
    }

    public LayoutElement withOptions(ElementOptions o) {
        return new LayoutElement(kind, bounds, visible, o);
    }

    public LayoutElement withBounds(Rect b) {
        return new LayoutElement(kind, b, visible, options);
    }
}
