package org.standoff.print;

import static org.standoff.print.ElementKind.CREDITS;
import static org.standoff.print.ElementKind.FINDINGS_TABLE;
import static org.standoff.print.ElementKind.LEGEND;
import static org.standoff.print.ElementKind.LOCATOR;
import static org.standoff.print.ElementKind.MAP;
import static org.standoff.print.ElementKind.MARKING_BOTTOM;
import static org.standoff.print.ElementKind.MARKING_TOP;
import static org.standoff.print.ElementKind.NORTH_ARROW;
import static org.standoff.print.ElementKind.SCALE_BAR;
import static org.standoff.print.ElementKind.SUBTITLE;
import static org.standoff.print.ElementKind.SUMMARY;
import static org.standoff.print.ElementKind.TITLE;

import java.util.List;

/**
 * The standard briefing arrangements. Landscape: banners top and bottom, title block, a large
 * map on the left two thirds with the scale bar and north arrow inset on it, locator, summary
 * and legend in a right-hand column, the findings table across the bottom and a credits line. Portrait: the
 * same stacked, with the map across the full width and locator, summary and legend in a row above the table.
 * Bounds are fractions of the printable area. Stateless.
 */
final class DefaultLayouts {

    /** Half an inch: inside every printer's unprintable border. */
    static final double MARGIN_PT = 27;

    private DefaultLayouts() {}

    static BriefingLayout of(Paper paper, Orientation orientation) {
        List<LayoutElement> e = orientation == Orientation.LANDSCAPE ? landscape() : portrait();
        String name =
                "Standard " + paper.name().charAt(0) + paper.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                        + " " + orientation.name().toLowerCase(java.util.Locale.ROOT);
        return new BriefingLayout(name, paper, orientation, Margins.uniform(MARGIN_PT), e);
    }

    /** The locator and legend of the standard layouts before the summary box existed. */
    private static final java.util.Map<Orientation, java.util.Map<ElementKind, Rect>> BEFORE_SUMMARY = java.util.Map.of(
            Orientation.LANDSCAPE,
                    java.util.Map.of(
                            LOCATOR, new Rect(0.70, 0.15, 0.30, 0.25), LEGEND, new Rect(0.70, 0.41, 0.30, 0.30)),
            Orientation.PORTRAIT,
                    java.util.Map.of(LOCATOR, new Rect(0, 0.62, 0.38, 0.14), LEGEND, new Rect(0.40, 0.62, 0.60, 0.14)));

    /**
     * A layout saved before the summary box existed gets one: a standard layout (locator and
     * legend where the standard put them) takes the standard's new right column, keeping each
     * element's visibility and options; a layout the analyst arranged keeps its arrangement and
     * gets the summary switched off, to be turned on in the dialog.
     */
    static List<LayoutElement> withSummary(List<LayoutElement> elements, Orientation orientation) {
        if (elements.stream().anyMatch(e -> e.kind() == SUMMARY)) {
            return elements;
        }
        java.util.Map<ElementKind, Rect> old = BEFORE_SUMMARY.get(orientation);
        boolean standard = old.entrySet().stream()
                .allMatch(k ->
                        elements.stream().anyMatch(e -> e.kind() == k.getKey() && close(e.bounds(), k.getValue())));
        List<LayoutElement> defaults = orientation == Orientation.LANDSCAPE ? landscape() : portrait();
        LayoutElement summary =
                defaults.stream().filter(e -> e.kind() == SUMMARY).findFirst().orElseThrow();
        List<LayoutElement> out = new java.util.ArrayList<>();
        for (LayoutElement e : elements) {
            boolean moved = standard && (e.kind() == LOCATOR || e.kind() == LEGEND);
            out.add(
                    moved
                            ? e.withBounds(defaults.stream()
                                    .filter(d -> d.kind() == e.kind())
                                    .findFirst()
                                    .orElseThrow()
                                    .bounds())
                            : e);
            if (e.kind() == LOCATOR) {
                out.add(standard ? summary : summary.withVisible(false));
            }
        }
        if (out.stream().noneMatch(e -> e.kind() == SUMMARY)) {
            out.add(summary.withVisible(false));
        }
        return out;
    }

    private static boolean close(Rect a, Rect b) {
        return Math.abs(a.x() - b.x()) < 1e-6
                && Math.abs(a.y() - b.y()) < 1e-6
                && Math.abs(a.width() - b.width()) < 1e-6
                && Math.abs(a.height() - b.height()) < 1e-6;
    }

    private static List<LayoutElement> landscape() {
        return List.of(
                LayoutElement.of(MARKING_TOP, 0, 0, 1, 0.035),
                LayoutElement.of(TITLE, 0, 0.045, 0.75, 0.06),
                LayoutElement.of(SUBTITLE, 0, 0.105, 0.75, 0.035),
                LayoutElement.of(MAP, 0, 0.15, 0.68, 0.56),
                LayoutElement.of(SCALE_BAR, 0.008, 0.625, 0.22, 0.075),
                LayoutElement.of(NORTH_ARROW, 0.635, 0.16, 0.035, 0.075),
                LayoutElement.of(LOCATOR, 0.70, 0.15, 0.30, 0.145),
                LayoutElement.of(SUMMARY, 0.70, 0.305, 0.30, 0.165),
                LayoutElement.of(LEGEND, 0.70, 0.48, 0.30, 0.23),
                LayoutElement.of(FINDINGS_TABLE, 0, 0.725, 1, 0.195),
                LayoutElement.of(CREDITS, 0, 0.925, 1, 0.035),
                LayoutElement.of(MARKING_BOTTOM, 0, 0.965, 1, 0.035));
    }

    private static List<LayoutElement> portrait() {
        return List.of(
                LayoutElement.of(MARKING_TOP, 0, 0, 1, 0.025),
                LayoutElement.of(TITLE, 0, 0.033, 1, 0.045),
                LayoutElement.of(SUBTITLE, 0, 0.078, 1, 0.027),
                LayoutElement.of(MAP, 0, 0.11, 1, 0.50),
                LayoutElement.of(SCALE_BAR, 0.006, 0.555, 0.30, 0.05),
                LayoutElement.of(NORTH_ARROW, 0.945, 0.117, 0.045, 0.05),
                LayoutElement.of(LOCATOR, 0, 0.62, 0.30, 0.14),
                LayoutElement.of(SUMMARY, 0.31, 0.62, 0.30, 0.14),
                LayoutElement.of(LEGEND, 0.62, 0.62, 0.38, 0.14),
                LayoutElement.of(FINDINGS_TABLE, 0, 0.77, 1, 0.17),
                LayoutElement.of(CREDITS, 0, 0.945, 1, 0.027),
                LayoutElement.of(MARKING_BOTTOM, 0, 0.975, 1, 0.025));
    }
}
