package org.standoff.geo.crs;

import java.util.Objects;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * Converts packed x/y coordinate arrays in place to WGS84 longitude/latitude, and says which
 * datum transformation it applies ({@link #operation()}).
 *
 * <p>Guarantees: the output is always longitude first; the identity is recognised so that
 * WGS84 input costs nothing. A point outside the projection's domain, or with an absurd ordinate, becomes NaN rather
 * than an exception when SIS can continue, and {@link CrsException} otherwise. Immutable and
 * thread-safe (SIS math transforms are). Does not touch z values, and does not range-check its
 * output (the shapefile reader does, per feature).
 */
public final class Reprojection {

    private static final double MAX_ORDINATE = 1e10;

    private static final Reprojection IDENTITY = new Reprojection(null, DatumOperation.NONE);

    private final MathTransform transform;
    private final DatumOperation operation;

    Reprojection(MathTransform transform, DatumOperation operation) {
        this.transform = transform == null || transform.isIdentity() ? null : transform;
        this.operation = Objects.requireNonNull(operation, "operation");
    }

    /** The conversion that leaves coordinates unchanged. */
    public static Reprojection identity() {
        return IDENTITY;
    }

    public boolean isIdentity() {
        return transform == null;
    }

    /** The datum transformation applied and its stated accuracy. */
    public DatumOperation operation() {
        return operation;
    }

    /**
     * Converts {@code count} points stored as x0,y0,x1,y1,... from {@code offset} (an index into
     * the array, not a point number).
     */
    public void transformInPlace(double[] xy, int offset, int count) throws CrsException {
        if (transform == null || count == 0) {
            return;
        }
        // No CRS on Earth has coordinates beyond 1e10 units (ten million km in metres); such
        // values come from corrupt files and drive SIS's iterative inverses to failure, so they
        // become NaN (no position) before transforming.
        for (int i = offset, end = offset + 2 * count; i < end; i++) {
            if (!(Math.abs(xy[i]) <= MAX_ORDINATE)) {
                xy[i] = Double.NaN;
            }
        }
        try {
            transform.transform(xy, offset, xy, offset, count);
        } catch (TransformException e) {
            throw new CrsException("cannot convert coordinates to WGS84: " + e.getLocalizedMessage(), e);
        }
    }
}
