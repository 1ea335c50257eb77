package org.standoff.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Provenance of a layer: the file it was read from, when, the file's checksum, the coordinate
 * reference system it was declared in (before reprojection to WGS84), the datum transformation
 * that took it to WGS 84 with that transformation's stated accuracy, and what the reader had to
 * say about the file (repaired outlines, skipped records). All of it is kept in the project file
 * ({@code standoff_layers}, docs/PROJECT_FILE.md).
 *
 * <p>The transformation fields are null when not recorded: a layer saved by a Standoff older
 * than schema 3, or made by a program that does not say. {@link #datumWarning()} is the one
 * place that decides when a transformation is too coarse to pass without a word.
 *
 * @param datumOperation e.g. "NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m", or a sentence
 *     saying that no transformation was known and the coordinates were taken as WGS 84
 * @param datumAccuracyMetres the stated accuracy of that transformation in metres; null when no
 *     transformation was known (or not recorded)
 * @param readerWarnings the reader's warnings about the file, e.g. "feature 12 (Fort Foo): the
 *     outline crosses itself; repaired"; never null
 */
public record LayerSource(
        String path,
        Instant importedAt,
        String sha256,
        String crsName,
        String datumOperation,
        Double datumAccuracyMetres,
        List<String> readerWarnings) {

    /**
     * A stated accuracy worse than this many metres gets a warning wherever the layer's
     * distances are shown. It is a tenth of a percent of the one-mile rule (1,609.344 m): NAD83's
     * realisations (1 to 4 m to WGS 84) pass quietly, NAD27 (10 m in CONUS) and the datums of
     * islands and other countries (tens of metres) are flagged, so that a site within that many
     * metres of a rule's radius is not read as safely in or out.
     */
    public static final double COARSE_DATUM_METRES = 5;

    public LayerSource {
        Objects.requireNonNull(path, "path");
        readerWarnings = readerWarnings == null ? List.of() : List.copyOf(readerWarnings);
        if (datumAccuracyMetres != null && !(datumAccuracyMetres >= 0)) {
            datumAccuracyMetres = null;
        }
    }

    /** A source whose datum transformation is not recorded (the form older code and other programs' layers use). */
    public LayerSource(String path, Instant importedAt, String sha256, String crsName) {
        this(path, importedAt, sha256, crsName, null, null, List.of());
    }

    /** A source already on WGS 84: no datum transformation, exact. */
    public static LayerSource onWgs84(String path, Instant importedAt, String sha256) {
        return new LayerSource(path, importedAt, sha256, "WGS 84", "none (already WGS 84)", 0.0, List.of());
    }

    /** True when the datum transformation (or its absence) is recorded. */
    public boolean datumRecorded() {
        return datumOperation != null;
    }

    /**
     * The stated datum accuracy as the user reads it next to a distance: "10 m", "0 m", or
     * "unknown" when no transformation was known or none was recorded.
     */
    public String datumAccuracyText() {
        return datumAccuracyMetres == null ? "unknown" : metresText(datumAccuracyMetres);
    }

    private static String metresText(double a) {
        return String.format(Locale.ROOT, a > 0 && a < 1 ? "%.2f m" : "%.0f m", a);
    }

    /**
     * A warning when the layer's distances are less certain than Standoff's own measurement: no
     * datum transformation was known (the coordinates were taken as WGS 84, an error of up to
     * hundreds of metres), or its stated accuracy is worse than {@link #COARSE_DATUM_METRES}.
     * Empty when the transformation is fine or was not recorded.
     */
    public Optional<String> datumWarning() {
        return datumWarning(datumOperation, datumAccuracyMetres);
    }

    /**
     * {@link #datumWarning()} for a transformation not (yet) held in a source, e.g. a file being
     * inspected: {@code operation} as {@link #datumOperation()}, {@code accuracyMetres} null when
     * no transformation is known.
     */
    public static Optional<String> datumWarning(String operation, Double accuracyMetres) {
        if (operation == null) {
            return Optional.empty();
        }
        if (accuracyMetres == null || !(accuracyMetres >= 0)) {
            return Optional.of(operation + ": no stated accuracy; positions may be off by up to hundreds of metres, "
                    + "and distances from this layer by as much");
        }
        if (accuracyMetres > COARSE_DATUM_METRES) {
            return Optional.of("datum transformation " + operation + ": a site within " + metresText(accuracyMetres)
                    + " of a rule's radius may lie on either side of it");
        }
        return Optional.empty();
    }
}
