package org.standoff.render;

import java.util.ArrayList;
import java.util.List;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteStatus;

/**
 * How mining sites look, in one place for the map, the legend and print. By default
 * ({@link Scheme#STATUS_AND_CONTROL}) the shape says the status and the colour says who controls
 * the site (red foreign-controlled, blue not, grey unknown), so "foreign and operating" reads at
 * a glance as a red dot. The other schemes categorise by one attribute only, as circles
 * coloured by control or by status; {@link #legend(Scheme)} always lists what {@link #symbol}
 * draws under the same scheme.
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
            return s.foreignControlled()
                    .known()
                    .map(f -> f ? FOREIGN : DOMESTIC)
                    .orElse(UNKNOWN);
        }
    }

    /** What the symbols of sites say: the categories they are drawn by. */
    public enum Scheme {
        STATUS_AND_CONTROL("Status (shape) and control (colour)"),
        CONTROL("Control"),
        STATUS("Status");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The scheme named {@code name} (its {@link #name()}), or the default when null or unknown. */
        public static Scheme named(String name) {
            for (Scheme s : values()) {
                if (s.name().equals(name)) {
                    return s;
                }
            }
            return STATUS_AND_CONTROL;
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

    /** The full symbol of a site at a given size, in the default scheme. */
    public static SymbolStyle symbol(MiningSite s, double size) {
        return symbol(s, size, Scheme.STATUS_AND_CONTROL);
    }

    /** The full symbol of a site at a given size in a scheme. */
    public static SymbolStyle symbol(MiningSite s, double size, Scheme scheme) {
        SiteStatus st = s.status().known().orElse(null);
        Rgba fill = scheme == Scheme.STATUS ? statusColour(st) : Control.of(s).color();
        SymbolStyle.Shape shape = scheme == Scheme.STATUS_AND_CONTROL ? shape(s) : SymbolStyle.Shape.CIRCLE;
        boolean closed = st == SiteStatus.CLOSED;
        return new SymbolStyle(shape, size, closed ? fill.withOpacity(0.45) : fill, OUTLINE, size >= 5 ? 1.2 : 0);
    }

    /**
     * A small integer that is equal for two sites exactly when {@link #symbol} draws them alike
     * in {@code scheme}, below {@link #KEYS}: painters batch symbols by it.
     */
    static int key(MiningSite s, Scheme scheme) {
        int status = s.status().known().map(Enum::ordinal).orElse(STATUSES);
        return switch (scheme) {
            case STATUS_AND_CONTROL ->
                shape(s).ordinal() * CONTROLS
                        + Control.of(s).ordinal()
                        + (status == SiteStatus.CLOSED.ordinal() ? KEYS / 2 : 0);
            case CONTROL -> Control.of(s).ordinal() + (status == SiteStatus.CLOSED.ordinal() ? KEYS / 2 : 0);
            case STATUS -> status;
        };
    }

    private static final int STATUSES = SiteStatus.values().length;
    private static final int CONTROLS = Control.values().length;
    /** Bound on {@link #key}: every shape and control, twice (closed or not). */
    static final int KEYS = 2 * SymbolStyle.Shape.values().length * CONTROLS;

    /** The colour of a status (null: not known) when sites are categorised by status. */
    static Rgba statusColour(SiteStatus st) {
        if (st == null) {
            return Rgba.hex("#a6761d");
        }
        return switch (st) {
            case OPERATING -> Rgba.hex("#1b9e77");
            case UNDER_CONSTRUCTION -> Rgba.hex("#7570b3");
            case PLANNED -> Rgba.hex("#e7298a");
            case CLOSED -> Rgba.hex("#555555");
        };
    }

    /** Legend rows of the default scheme: one per status shape (in grey) and one per control colour (as circles). */
    public static List<LegendItem> legend() {
        return legend(Scheme.STATUS_AND_CONTROL);
    }

    /** Legend rows of a scheme, each with the symbol {@link #symbol} draws for it. */
    public static List<LegendItem> legend(Scheme scheme) {
        List<LegendItem> items = new ArrayList<>();
        if (scheme == Scheme.STATUS) {
            for (SiteStatus st : SiteStatus.values()) {
                Rgba c = statusColour(st);
                items.add(new LegendItem(label(st), circle(st == SiteStatus.CLOSED ? c.withOpacity(0.45) : c)));
            }
            items.add(new LegendItem("Status unknown", circle(statusColour(null))));
            return items;
        }
        if (scheme == Scheme.STATUS_AND_CONTROL) {
            Rgba grey = Rgba.hex("#555555");
            items.add(new LegendItem("Operating", new SymbolStyle(SymbolStyle.Shape.CIRCLE, SIZE, grey, OUTLINE, 1.2)));
            items.add(new LegendItem(
                    "Under construction", new SymbolStyle(SymbolStyle.Shape.TRIANGLE, SIZE, grey, OUTLINE, 1.2)));
            items.add(new LegendItem(
                    "Planned / status unknown", new SymbolStyle(SymbolStyle.Shape.DIAMOND, SIZE, grey, OUTLINE, 1.2)));
            items.add(new LegendItem(
                    "Closed", new SymbolStyle(SymbolStyle.Shape.SQUARE, SIZE, grey.withOpacity(0.45), OUTLINE, 1.2)));
        }
        for (Control c : Control.values()) {
            items.add(new LegendItem(c.label(), circle(c.color())));
        }
        if (scheme == Scheme.CONTROL) {
            items.add(
                    new LegendItem("Closed (faded)", circle(Rgba.hex("#555555").withOpacity(0.45))));
        }
        return items;
    }

    private static SymbolStyle circle(Rgba fill) {
        return new SymbolStyle(SymbolStyle.Shape.CIRCLE, SIZE, fill, OUTLINE, 1.2);
    }

    private static String label(SiteStatus st) {
        return switch (st) {
            case OPERATING -> "Operating";
            case UNDER_CONSTRUCTION -> "Under construction";
            case PLANNED -> "Planned";
            case CLOSED -> "Closed";
        };
    }
}
