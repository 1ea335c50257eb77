package org.standoff.io.shapefile;

/**
 * The shape types of the ESRI shapefile specification (1998), with their file codes.
 *
 * <p>Every variant knows its {@link #base() base} type (POINT for POINT_Z and POINT_M, ...)
 * and whether it carries z and m values. Codes not listed here are invalid.
 */
public enum ShapeType {
    NULL(0, "Null"),
    POINT(1, "Point"),
    POLYLINE(3, "PolyLine"),
    POLYGON(5, "Polygon"),
    MULTIPOINT(8, "MultiPoint"),
    POINT_Z(11, "PointZ"),
    POLYLINE_Z(13, "PolyLineZ"),
    POLYGON_Z(15, "PolygonZ"),
    MULTIPOINT_Z(18, "MultiPointZ"),
    POINT_M(21, "PointM"),
    POLYLINE_M(23, "PolyLineM"),
    POLYGON_M(25, "PolygonM"),
    MULTIPOINT_M(28, "MultiPointM"),
    MULTIPATCH(31, "MultiPatch");

    private final int code;
    private final String displayName;

    ShapeType(int code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The code stored in files. */
    public int code() {
        return code;
    }

    /** The name used by the specification, e.g. "PolygonZ". */
    public String displayName() {
        return displayName;
    }

    /** The type for a file code, or null when the code is not a valid shape type. */
    public static ShapeType fromCode(int code) {
        for (ShapeType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** True for the Z variants and MultiPatch (which always has z). */
    public boolean hasZ() {
        return (code >= 11 && code <= 18) || this == MULTIPATCH;
    }

    /** True when records may carry measures (Z variants optionally, M variants always). */
    public boolean hasM() {
        return code >= 11 && code <= 31;
    }

    /** The two-dimensional type this is a variant of; NULL and MULTIPATCH are their own base. */
    public ShapeType base() {
        switch (this) {
            case POINT_Z:
            case POINT_M:
                return POINT;
            case POLYLINE_Z:
            case POLYLINE_M:
                return POLYLINE;
            case POLYGON_Z:
            case POLYGON_M:
                return POLYGON;
            case MULTIPOINT_Z:
            case MULTIPOINT_M:
                return MULTIPOINT;
            default:
                return this;
        }
    }
}
