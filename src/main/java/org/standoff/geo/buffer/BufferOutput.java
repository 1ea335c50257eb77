package org.standoff.geo.buffer;

/** Whether {@link GeodesicBuffer} returns one buffer per feature or their union. */
public enum BufferOutput {
    /** One buffer per input geometry, in input order (an empty geometry for an empty input). */
    PER_FEATURE,
    /** A single geometry: the union of all features' buffers, overlaps merged. */
    DISSOLVED
}
