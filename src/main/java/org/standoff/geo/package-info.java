/**
 * The geodesy every other room of Standoff stands on: the WGS84 ellipsoid ({@code Wgs84}: its
 * constants and the closed-form bounds the exact-distance search proves its culls with), the one
 * wrapper of Apache SIS's geodesic calculator ({@code Geodesic}: Karney's direct and inverse
 * problems, checked and inner-loop forms), measured paths and areas for the Measure tools, length
 * units, Web Mercator for the screen map, and the text forms people type and read (decimal
 * degrees, degrees-minutes-seconds and MGRS, the last through SIS).
 *
 * <p>It is not a facade over SIS: the exact work lives in two rooms of its own, above this base.
 * {@code geo.distance} answers "how far is this point from that feature" exactly, with proven
 * lower bounds for culling; {@code geo.buffer} draws the zones (geodesic buffers, for display
 * only, never for membership); {@code geo.crs} reads .prj files and reprojects through the EPSG
 * dataset. Everything here works in WGS84 longitude/latitude degrees, like the model; it knows
 * nothing of files or JavaFX. {@code ArchitectureTest} keeps the rooms' direction: base, then
 * distance, then buffer; crs beside them.
 */
package org.standoff.geo;
