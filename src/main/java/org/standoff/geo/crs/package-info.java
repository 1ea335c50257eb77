/**
 * Coordinate reference systems of input files and their conversion to the application's one
 * coordinate system, WGS84 longitude/latitude (DESIGN.md decision 1).
 *
 * <p>Built on Apache SIS without an EPSG database: every CRS comes from WKT text (OGC or ESRI
 * flavour, as found in {@code .prj} files), never from an authority code lookup. Datum shifts
 * that need EPSG parameters or grids (NAD83 to WGS84, for example) are therefore applied as
 * SIS's "ballpark" operation, i.e. ignored; for the datums of this application that error is
 * at most a couple of metres.
 */
package org.standoff.geo.crs;
