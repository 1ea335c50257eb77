/**
 * Coordinate reference systems of input files and their conversion to the application's one
 * coordinate system, WGS84 longitude/latitude (DESIGN.md decision 1).
 *
 * <p>Built on Apache SIS with the EPSG dataset embedded ({@code sis-embedded-data}; EPSG terms
 * of use, see pom.xml). A CRS comes from the WKT of a {@code .prj} file (OGC or ESRI flavour),
 * is identified against the EPSG dataset (datum by name, including ESRI spellings; legacy Web
 * Mercator spellings as EPSG:3857), and reaches WGS 84 through the EPSG datum transformation SIS
 * picks for the layer's area, as PROJ does. Every conversion states the transformation used and
 * its accuracy ({@link org.standoff.geo.crs.DatumOperation}); when none is known it says so
 * instead of shifting nothing in silence. No transformation grids are shipped, so grid-based
 * operations (NADCON) give way to the EPSG alternative with its larger stated accuracy.
 */
package org.standoff.geo.crs;
