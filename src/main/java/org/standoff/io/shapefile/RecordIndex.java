package org.standoff.io.shapefile;

/**
 * Where each record of a {@code .shp} starts (byte offset of its 8-byte header) and how long
 * its content is in bytes, from the {@code .shx} or from scanning the {@code .shp}. Plain data;
 * the arrays are owned by this object and never exposed for writing.
 */
record RecordIndex(int[] offsets, int[] contentLengths, int count, boolean fromShx) {

    long offset(int i) {
        return offsets[i] & 0xFFFFFFFFL;
    }

    int contentLength(int i) {
        return contentLengths[i];
    }
}
