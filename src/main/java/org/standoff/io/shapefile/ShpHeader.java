package org.standoff.io.shapefile;

/**
 * The 100-byte header of a {@code .shp} or {@code .shx} file: the layer's shape type, the
 * declared file length and the bounding box in the file's own coordinates (not WGS84).
 */
record ShpHeader(ShapeType shapeType, long declaredLength, double minX, double minY, double maxX, double maxY) {

    static final int LENGTH = 100;
    static final int FILE_CODE = 9994;

    /**
     * How far past ±180/±90 degrees a value may be and still be a longitude/latitude: writers
     * round (a few 1e-5 degrees are common, about a metre), and projections' inverses overshoot.
     */
    static final double LON_LAT_ROUNDING = 1e-4;

    /**
     * True when the box fits longitude/latitude ranges (within {@link #LON_LAT_ROUNDING}), the
     * test for a missing {@code .prj}.
     */
    boolean fitsLonLat() {
        double t = LON_LAT_ROUNDING;
        return minX >= -180 - t && maxX <= 180 + t && minY >= -90 - t && maxY <= 90 + t && minX <= maxX && minY <= maxY;
    }

    /** What keeps the box from being longitude/latitude, in words; null when it fits. */
    String whyNotLonLat() {
        if (fitsLonLat()) {
            return null;
        }
        if (!(minX <= maxX && minY <= maxY)) {
            return "the header's box is not a box (minimum above maximum, or not a number)";
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        if (minX < -180 - LON_LAT_ROUNDING || maxX > 180 + LON_LAT_ROUNDING) {
            out.add("x goes beyond ±180");
        }
        if (minY < -90 - LON_LAT_ROUNDING || maxY > 90 + LON_LAT_ROUNDING) {
            out.add("y goes beyond ±90");
        }
        return String.join(" and ", out);
    }
}
