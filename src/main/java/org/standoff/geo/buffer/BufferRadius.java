package org.standoff.geo.buffer;

/**
 * One radius a feature is buffered at, with the drawing tolerance that holds there (see
 * {@link BufferParameters#toleranceMetres}). Kept together so the two never drift apart between
 * the entry point and the paths, as two parallel arrays could.
 *
 * @param metres the radius r, positive
 * @param toleranceMetres how far, at most, the drawn outline may stray from r
 */
record BufferRadius(double metres, double toleranceMetres) {}
