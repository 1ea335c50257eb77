package org.standoff.render;

/**
 * Every colour, stroke and text style of the map in one place (DESIGN.md decision 4), so the
 * screen, PNG and PDF always look alike. Widths are in surface units at screen scale.
 */
public final class MapStyles {

    private MapStyles() {}

    /**
     * Bump when any basemap style changes, so cached tiles are redrawn. The tile cache is keyed by
     * the basemap file's hash too, but not by the gazetteer's: bump this when the gazetteer (the
     * towns labelled) or the town declutter changes.
     */
    public static final int VERSION = 2;

    public static final Rgba WATER = Rgba.hex("#b5d0e6");
    public static final Rgba FOREIGN_LAND = Rgba.hex("#ebe7de");
    public static final Rgba US_LAND = Rgba.hex("#fbfaf6");
    public static final Stroke COASTLINE = Stroke.solid(Rgba.hex("#7f9fba"), 0.8);
    public static final Stroke COUNTRY_BORDER = Stroke.solid(Rgba.hex("#8a8275"), 1.1);
    public static final Stroke STATE_BORDER = Stroke.solid(Rgba.hex("#b3aca0"), 0.7);
    public static final TextStyle STATE_LABEL = new TextStyle(11, false, Rgba.hex("#6f685c"), Rgba.hex("#fbfaf6"), 1.5);
    public static final TextStyle COUNTRY_LABEL =
            new TextStyle(12, true, Rgba.hex("#5c5548"), Rgba.hex("#ebe7de"), 1.5);
    public static final TextStyle WATER_LABEL = new TextStyle(12, false, Rgba.hex("#4f7290"), Rgba.hex("#b5d0e6"), 1.0);
    public static final Stroke RIVER = Stroke.solid(Rgba.hex("#9dbfdb"), 0.9);
    public static final SymbolStyle TOWN_DOT =
            new SymbolStyle(SymbolStyle.Shape.CIRCLE, 4, Rgba.hex("#5a5a5a"), Rgba.hex("#fbfaf6"), 0.8);
    private static final Rgba TOWN_TEXT = Rgba.hex("#3d3d3d");
    private static final Rgba TOWN_HALO = Rgba.hex("#fbfaf6");

    /** A town label of the given text size (larger for cities, set by the declutter). */
    public static TextStyle townLabel(double size) {
        return new TextStyle(size, size >= 12, TOWN_TEXT, TOWN_HALO, 1.5);
    }

    /** Scale factor for border widths: thinner when zoomed out so small states stay legible. */
    public static double borderScale(double zoom) {
        if (zoom < 3) {
            return 0.6;
        }
        if (zoom < 5) {
            return 0.8;
        }
        return zoom < 8 ? 1.0 : 1.4;
    }
}
