package org.standoff.analysis;

/**
 * Settings of {@link ProximityOp}: how many worker threads to use and how many sites each task
 * takes between progress reports and cancellation checks. Immutable.
 */
public record ProximityParameters(int parallelism, int batchSize) {

    public ProximityParameters {
        if (parallelism < 1 || batchSize < 1) {
            throw new IllegalArgumentException(
                    "parallelism and batchSize must be positive: " + parallelism + ", " + batchSize);
        }
    }

    /** One thread per available processor, batches of 512 sites. */
    public static ProximityParameters defaults() {
        return new ProximityParameters(Runtime.getRuntime().availableProcessors(), 512);
    }
}
