package org.standoff.analysis;

/** A site to screen (e.g. a mining site): an id and a WGS84 position in degrees. Immutable. */
public record Site(long id, double lon, double lat) {}
