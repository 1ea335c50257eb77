/**
 * Exact geodesic distance from a point to a feature on the WGS84 ellipsoid: to a polygon's
 * boundary (0 inside), a line, or a point, with the nearest point on the feature
 * ({@code GeodesicDistance} for one question, {@code PreparedGeodesicGeometry} for many against one
 * feature). Zone membership and every distance Standoff shows are decided here, never by a drawn
 * buffer or a projection.
 *
 * <p>A feature is flattened once ({@code FlatGeometry}: vertex arrays, paths, polygons); each edge
 * is a geodesic whose nearest point to the query is found by iterating on the exact inverse
 * problem ({@code GeodesicSegment}). Culling rests on lower bounds stated and proven in the
 * javadoc of {@code ElementQuery} and {@code PreparedGeodesicGeometry}: the straight chord
 * between earth-centred points never exceeds the geodesic, and the ellipsoid's metric is at least
 * b²/a times the unit sphere's. {@code analysis} builds its search trees from those bounds. The
 * tolerances used are named where they are used, with why they are safe. Accuracy: within 0.42 mm
 * of GeodSolve brute force and 0.19 m of PostGIS (which measures long edges on a sphere) on the
 * committed reference cases; see {@code GeodesicDistanceTest}.
 */
package org.standoff.geo.distance;
