package org.standoff.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Provenance of a layer: the file it was read from, when, the file's checksum and the
 * coordinate reference system it was declared in (before reprojection to WGS84).
 */
public record LayerSource(String path, Instant importedAt, String sha256, String crsName) {
    public LayerSource {
        Objects.requireNonNull(path, "path");
    }
}
