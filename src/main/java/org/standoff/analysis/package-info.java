/**
 * Proximity analysis over whole layers: indexes of features for exact geodesic nearest and
 * radius queries ({@link org.standoff.analysis.FeatureIndex}, a best-first search over a packed
 * tree of every edge and point of a layer), and the parallel operations that find, for every
 * site, its nearest feature in each layer ({@link org.standoff.analysis.ProximityOp}) and its
 * zones ({@link org.standoff.analysis.ScreeningOp}).
 *
 * <p>Every distance is the exact WGS84 ellipsoidal distance of
 * {@link org.standoff.geo.distance.GeodesicDistance} (to a polygon's boundary, 0 inside); spatial indexes
 * only prune, with bounds that are proven never to exceed the true distance, so a query's answer
 * is the same as a brute-force scan's. Nothing here knows of files, rendering or JavaFX.
 */
package org.standoff.analysis;
