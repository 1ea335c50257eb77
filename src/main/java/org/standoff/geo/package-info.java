/**
 * Geodesy and coordinate formatting for Standoff: distances, azimuths and destinations on the
 * WGS84 ellipsoid, length units, and conversion of positions to and from the text forms people
 * type and read (decimal degrees, degrees-minutes-seconds and MGRS).
 *
 * <p>Everything here works in WGS84 geographic coordinates, longitude/latitude in degrees,
 * like the rest of the model. The heavy lifting is delegated to Apache SIS
 * ({@code GeodeticCalculator}, Karney's algorithms, and {@code MilitaryGridReferenceSystem});
 * this package adds a small, thread-safe, static facade and the project's text conventions.
 * The one exception is the buffer writer's inner loop, the direct problem for hundreds of
 * thousands of vertices, which {@code GeodesicDirect} solves with the same
 * method at a third of the cost and tests against GeodSolve and SIS.
 * It knows nothing of files or JavaFX.
 */
package org.standoff.geo;
