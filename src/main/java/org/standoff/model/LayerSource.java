package org.standoff.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Provenance of a layer: the file it was read from, when, the file's checksum, the coordinate
 * reference system it was declared in (before reprojection to WGS84), and the datum
 * transformation that took it to WGS 84 with that transformation's stated accuracy.
 *
 * <p>The transformation fields are null when unknown, for example for a layer read back from
 * a project file, which (as of issue #18) stores only the CRS name.
 *
 * @param datumOperation e.g. "NAD27 to WGS 84 (4), accuracy 10 m", or a sentence saying that no
 *     transformation was known and the coordinates were taken as WGS 84
 * @param datumAccuracyMetres the stated accuracy of that transformation in metres (NaN when
 *     the transformation was unknown)
 */
public record LayerSource(String path, Instant importedAt, String sha256, String crsName, String datumOperation,
        Double datumAccuracyMetres) {

    public LayerSource {
        Objects.requireNonNull(path, "path");
    }

    /** A source whose datum transformation is not known (the form older code and the store use). */
    public LayerSource(String path, Instant importedAt, String sha256, String crsName) {
        this(path, importedAt, sha256, crsName, null, null);
    }
}
