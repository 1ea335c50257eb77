package org.standoff.analysis;

/**
 * One feature found by a {@link FeatureIndex} query: its position in the indexed list, its id,
 * the exact WGS84 geodesic distance in metres from the query point (0 inside a polygon), and the
 * feature's point where that distance is reached (the query point itself when inside), in
 * degrees. Immutable.
 */
public record Nearest(int featureIndex, long featureId, double distanceMetres, double nearestLon, double nearestLat) {}
