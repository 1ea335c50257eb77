package org.standoff.print;

import java.util.List;
import java.util.Optional;

/**
 * A named page layout for briefing maps: paper, orientation, margins and the elements placed
 * on the printable area (their bounds are fractions of it, see {@link LayoutElement}). A project
 * keeps several, stored as JSON strings ({@link #toJson()} / {@link #fromJson(String)}).
 *
 * <p>Immutable; the element list is copied. Elements are drawn in list order, so a scale bar
 * listed after the map sits on top of it. Validation is of shape only: overlapping elements are
 * allowed (insets on the map are normal).
 */
public record BriefingLayout(
        String name, Paper paper, Orientation orientation, Margins margins, List<LayoutElement> elements) {

    public BriefingLayout {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a layout needs a name");
        }
        if (paper == null || orientation == null || margins == null) {
            throw new IllegalArgumentException("layout '" + name + "' needs paper, orientation and margins");
        }
        elements = List.copyOf(elements);
        if (margins.left() + margins.right() >= paper.width(orientation) - 72
                || margins.top() + margins.bottom() >= paper.height(orientation) - 72) {
            throw new IllegalArgumentException("layout '" + name + "': margins leave less than an inch to print on");
        }
    }

    /** The standard arrangement for a paper and orientation (see {@link DefaultLayouts}). */
    public static BriefingLayout defaultFor(Paper paper, Orientation orientation) {
        return DefaultLayouts.of(paper, orientation);
    }

    public double pageWidth() {
        return paper.width(orientation);
    }

    public double pageHeight() {
        return paper.height(orientation);
    }

    /** The printable area in page points. */
    public Rect printable() {
        return new Rect(
                margins.left(),
                margins.top(),
                pageWidth() - margins.left() - margins.right(),
                pageHeight() - margins.top() - margins.bottom());
    }

    /** An element's rectangle on the page, in points. */
    public Rect pageRect(LayoutElement e) {
        Rect p = printable();
        Rect b = e.bounds();
        return new Rect(
                p.x() + b.x() * p.width(), p.y() + b.y() * p.height(), b.width() * p.width(), b.height() * p.height());
    }

    /** The first visible element of a kind. */
    public Optional<LayoutElement> visible(ElementKind kind) {
        return elements.stream().filter(e -> e.kind() == kind && e.visible()).findFirst();
    }

    public BriefingLayout withName(String n) {
        return new BriefingLayout(n, paper, orientation, margins, elements);
    }

    public BriefingLayout withElements(List<LayoutElement> e) {
        return new BriefingLayout(name, paper, orientation, margins, e);
    }

    /** This layout as a JSON object string. */
    public String toJson() {
        return LayoutJson.write(this);
    }

    /** Reads a layout written by {@link #toJson()}. */
    public static BriefingLayout fromJson(String json) throws PrintException {
        return LayoutJson.read(json);
    }
}
