package org.standoff.print;

import java.util.List;

/**
 * What the map frame shows: either a lon/lat box that must fit inside the frame (the frame may
 * show more in one direction) or a centre and a map scale. Immutable.
 *
 * @param west             west edge, degrees (box) — or the centre longitude (scale)
 * @param south            south edge, degrees (box) — or the centre latitude (scale)
 * @param east             east edge, degrees; NaN for a centre-and-scale extent
 * @param north            north edge, degrees; NaN for a centre-and-scale extent
 * @param scaleDenominator 0 for a box, else N of a 1:N map scale at the centre
 */
public record MapExtent(
        double west, double south, double east, double north, double scaleDenominator, List<Inset> insets) {

    /**
     * A separate small map drawn inside the frame, e.g. Alaska beside the lower 48, as Census
     * reference maps do; not to the main map's scale.
     *
     * @param name   the caption, e.g. "Alaska"
     * @param extent what the inset shows (a box; its own insets are ignored)
     */
    public record Inset(String name, MapExtent extent) {}

    /** An extent without insets. */
    public MapExtent(double west, double south, double east, double north, double scaleDenominator) {
        this(west, south, east, north, scaleDenominator, List.of());
    }

    public MapExtent {
        insets = List.copyOf(insets == null ? List.of() : insets);
        if (scaleDenominator > 0) {
            checkPoint(west, south);
        } else {
            checkPoint(west, south);
            checkPoint(east, north);
            if (!(east > west) || !(north > south)) {
                throw new IllegalArgumentException("map extent must have east > west and north > south: " + west + ", "
                        + south + ", " + east + ", " + north);
            }
        }
    }

    /** A lon/lat box to fit in the frame. */
    public static MapExtent box(double west, double south, double east, double north) {
        return new MapExtent(west, south, east, north, 0);
    }

    /** A map centred on a point at 1:{@code scaleDenominator} (true at the centre). */
    public static MapExtent centred(double lon, double lat, double scaleDenominator) {
        if (!(scaleDenominator >= 100)) {
            throw new IllegalArgumentException("map scale must be 1:100 or smaller: 1:" + scaleDenominator);
        }
        return new MapExtent(lon, lat, Double.NaN, Double.NaN, scaleDenominator);
    }

    /** This extent with insets drawn inside its frame. */
    public MapExtent withInsets(List<Inset> list) {
        return new MapExtent(west, south, east, north, scaleDenominator, list);
    }

    public boolean isScale() {
        return scaleDenominator > 0;
    }

    public double centreLon() {
        return isScale() ? west : (west + east) / 2;
    }

    private static void checkPoint(double lon, double lat) {
        if (!(lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85)) {
            throw new IllegalArgumentException("map extent outside the Web Mercator world: " + lon + ", " + lat);
        }
    }
}
