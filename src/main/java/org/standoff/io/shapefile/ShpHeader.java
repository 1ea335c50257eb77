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

    /** True when the box fits longitude/latitude ranges, the test for a missing {@code .prj}. */
    boolean fitsLonLat() {
        return minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90 && minX <= maxX && minY <= maxY;
    }
}
