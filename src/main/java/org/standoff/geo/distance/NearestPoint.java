package org.standoff.geo.distance;

/**
 * The nearest point of a feature to a query point and the exact geodesic distance to it.
 *
 * <p>{@code distanceMetres} is the WGS84 ellipsoidal distance in metres (0 when the query point
 * is inside a polygon or on the feature); ({@code lon}, {@code lat}) is the point of the feature
 * where it is reached, in degrees, longitude in [-180, 180]; for a point inside a polygon it is
 * the query point itself. Immutable.
 */
public record NearestPoint(double distanceMetres, double lon, double lat) {}
