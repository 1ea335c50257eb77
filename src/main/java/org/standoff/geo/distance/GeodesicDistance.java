package org.standoff.geo.distance;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The exact shortest distance on the WGS84 ellipsoid from a point to a feature geometry, in
 * metres, and the feature's point where it is reached (to draw the connecting line).
 *
 * <p><b>Semantics</b> (DESIGN.md): to a polygon's boundary, 0 inside and on the boundary,
 * holes counting as outside (a point in a hole measures to the hole's ring); to the nearest part
 * of a multipart geometry or collection; to the line for lines and to the point for points.
 * Geometries are WGS84 longitude/latitude degrees (x = lon, y = lat); every edge is the shortest
 * geodesic between its two vertices, as in PostGIS {@code geography}.
 *
 * <p><b>Algorithm, accuracy, limitations:</b> see {@link PreparedGeodesicGeometry}, which this
 * facade prepares for each call. Results agree with PostGIS {@code ST_Distance(geography,
 * geography)} (spheroid) within 0.1 m or 0.001 % and with brute-force GeographicLib to the
 * sub-millimetre (see {@code GeodesicDistanceTest}). To query one geometry many times, prepare it
 * once with {@link PreparedGeodesicGeometry#of(Geometry)}.
 *
 * <p><b>Thread safety.</b> Static and thread-safe.
 */
public final class GeodesicDistance {

    private GeodesicDistance() {}

    /**
     * The distance in metres from ({@code lon}, {@code lat}) to the geometry;
     * {@link Double#POSITIVE_INFINITY} for an empty geometry.
     *
     * @throws IllegalArgumentException for invalid coordinates or an unsupported geometry type
     */
    public static double pointToGeometry(double lon, double lat, Geometry geometry) {
        return nearestPoint(lon, lat, geometry)
                .map(NearestPoint::distanceMetres)
                .orElse(Double.POSITIVE_INFINITY);
    }

    /**
     * The nearest point of the geometry and its distance; empty for an empty geometry. For a
     * point inside a polygon the nearest point is the query point itself, at distance 0.
     *
     * @throws IllegalArgumentException for invalid coordinates or an unsupported geometry type
     */
    public static Optional<NearestPoint> nearestPoint(double lon, double lat, Geometry geometry) {
        return PreparedGeodesicGeometry.of(geometry).nearest(lon, lat);
    }
}
