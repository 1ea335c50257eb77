/**
 * ESRI shapefile reading and writing, layered like GeoTools' shapefile module:
 * {@link org.standoff.io.shapefile.ShapefileFiles} owns the set of sidecar files,
 * {@code ShpReader} and {@code GeometryDecoder} read geometry records, {@code ShxReader} the
 * index, {@code DbfReader} the attribute table, and {@link org.standoff.io.shapefile.ShapefileReader}
 * joins them into {@link org.standoff.model.Feature}s in WGS84 and checks that they agree.
 *
 * <p>Reading is defensive: every length and count declared in a file is checked against the
 * bytes actually present before anything is allocated, and a problem with the file as a whole
 * surfaces as one checked {@link org.standoff.io.shapefile.ShapefileException} naming the file
 * and record. A problem with one feature does not fail the file (DESIGN.md decision 12): an
 * invalid outline is repaired ({@code OutlineRepair}), a feature off the Earth or without a
 * ring that encloses anything is skipped, and each is listed in the read's warnings.
 * Files are read through a bounded window (never mapped), so they are closed and deletable as
 * soon as a read returns, also on Windows.
 */
package org.standoff.io.shapefile;
