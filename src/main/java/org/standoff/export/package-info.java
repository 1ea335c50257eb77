/**
 * Writing results out: findings as CSV, GeoJSON and GeoPackage files for other programs. This
 * room sits above {@code analysis} (it formats what analysis found) and below {@code ui} and
 * {@code cli}; analysis itself computes and never writes files.
 */
package org.standoff.export;
