package org.standoff.render;

import java.util.ArrayList;
import java.util.List;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteStatus;

/**
 * How mining sites look, in one place for the map, the legend and print: the shape says the
 * status, the colour says who controls the site (red foreign-controlled, blue not, grey
 * unknown), so "foreign and operating" reads at a glance as a red dot.
 */
public final class SiteSymbols {

    /** Who controls a site, as far as the record says. */
    public enum Control {
        FOREIGN("Foreign-controlled", Rgba.hex("#d7191c")),
        DOMESTIC("Not foreign-controlled", Rgba.hex("#2c7bb6")),
        UNKNOWN("Control unknown", Rgba.hex("#7a7a7a"));

        private final String label;
        private final Rgba color;

        Control(String label, Rgba color) {
            this.label = label;
            this.color = color;
        }

        public String label() {
            return label;
        }

        public Rgba color() {
            return color;
        }

        public static Control of(MiningSite s) {
            return s.foreignControlled().known().map(f -> f ? FOREIGN : DOMESTIC).orElse(UNKNOWN);
        }
    }

    /** A legend row: label and the symbol to draw beside it. */
    public record LegendItem(String label, SymbolStyle symbol) {}

    public static final double SIZE = 9;
    private static final Rgba OUTLINE = Rgba.hex("#ffffff");

    private SiteSymbols() {}

    /** The shape for a status; unknown or unrecognised statuses are diamonds. */
    public static SymbolStyle.Shape shape(MiningSite s) {
        SiteStatus st = s.status().known().orElse(null);
        if (st == null) {
            return SymbolStyle.Shape.DIAMOND;
        }
        return switch (st) {
            case OPERATING -> SymbolStyle.Shape.CIRCLE;
            case UNDER_CONSTRUCTION -> SymbolStyle.Shape.TRIANGLE;
            case PLANNED -> SymbolStyle.Shape.DIAMOND;
            case CLOSED -> SymbolStyle.Shape.SQUARE;
        };
    }

    /** The full symbol of a site at a given size. */
    public static SymbolStyle symbol(MiningSite s, double size) {
        Rgba fill = Control.of(s).color();
        boolean closed = s.status().known().map(st -> st == SiteStatus.CLOSED).orElse(false);
        return new SymbolStyle(shape(s), size, closed ? fill.withOpacity(0.45) : fill, OUTLINE, size >= 5 ? 1.2 : 0);
    }

    /** Legend rows: one per status shape (in grey) and one per control colour (as circles). */
    public static List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        Rgba grey = Rgba.hex("#555555");
        items.add(new LegendItem("Operating", new SymbolStyle(SymbolStyle.Shape.CIRCLE, SIZE, grey, OUTLINE, 1.2)));
        items.add(new LegendItem("Under construction", new SymbolStyle(SymbolStyle.Shape.TRIANGLE, SIZE, grey, OUTLINE, 1.2)));
        items.add(new LegendItem("Planned / status unknown", new SymbolStyle(SymbolStyle.Shape.DIAMOND, SIZE, grey, OUTLINE, 1.2)));
        items.add(new LegendItem("Closed", new SymbolStyle(SymbolStyle.Shape.SQUARE, SIZE, grey.withOpacity(0.45), OUTLINE, 1.2)));
        for (Control c : Control.values()) {
            items.add(new LegendItem(c.label(), new SymbolStyle(SymbolStyle.Shape.CIRCLE, SIZE, c.color(), OUTLINE, 1.2)));
        }
        return items;
    }
}
