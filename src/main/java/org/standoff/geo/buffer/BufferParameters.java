package org.standoff.geo.buffer;

/**
 * What {@link GeodesicBuffer} draws: the zone between {@code innerRadiusMetres} and
 * {@code outerRadiusMetres} of geodesic distance from each feature (inner 0 means the plain
 * buffer, the feature included), per feature or dissolved, and the drawing tolerance.
 *
 * <p>The tolerance for a radius r is {@code max(relativeTolerance·r, minimumToleranceMetres)};
 * the defaults are 0.01 % and 1 m. Every point of the drawn boundary (its straight
 * longitude/latitude segments included) is within that tolerance of r in exact geodesic distance
 * from the feature. Immutable.
 */
public record BufferParameters(
        double innerRadiusMetres,
        double outerRadiusMetres,
        BufferOutput output,
        double relativeTolerance,
        double minimumToleranceMetres) {

    public BufferParameters {
        if (!(innerRadiusMetres >= 0)
                || !(outerRadiusMetres > innerRadiusMetres)
                || Double.isInfinite(outerRadiusMetres)) {
            throw new IllegalArgumentException(
                    "Need 0 <= inner < outer < infinity: " + innerRadiusMetres + ", " + outerRadiusMetres);
        }
        if (!(relativeTolerance > 0) || !(minimumToleranceMetres > 0) || output == null) {
            throw new IllegalArgumentException("Tolerances must be positive and output given");
        }
    }

    /** The default drawing tolerance, relative to r: 0.01 %, the accuracy DESIGN.md asks of drawn zones. */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-4;

    /** The default drawing tolerance's floor, in metres: below about 10 km, 0.01 % would be finer than any map shows. */
    public static final double DEFAULT_MINIMUM_TOLERANCE_M = 1.0;

    /** A plain buffer of radius r per feature, default tolerance. */
    public static BufferParameters of(double radiusMetres) {
        return new BufferParameters(
                0, radiusMetres, BufferOutput.PER_FEATURE, DEFAULT_RELATIVE_TOLERANCE, DEFAULT_MINIMUM_TOLERANCE_M);
    }

    /** The ring between r1 and r2 (buffer(r2) minus buffer(r1)) per feature, default tolerance. */
    public static BufferParameters ring(double innerRadiusMetres, double outerRadiusMetres) {
        return new BufferParameters(
                innerRadiusMetres,
                outerRadiusMetres,
                BufferOutput.PER_FEATURE,
                DEFAULT_RELATIVE_TOLERANCE,
                DEFAULT_MINIMUM_TOLERANCE_M);
    }

    /** The same zone, dissolved into one geometry. */
    public BufferParameters dissolved() {
        return new BufferParameters(
                innerRadiusMetres,
                outerRadiusMetres,
                BufferOutput.DISSOLVED,
                relativeTolerance,
                minimumToleranceMetres);
    }

    /** The drawing tolerance in metres for a boundary at {@code radiusMetres}. */
    public double toleranceMetres(double radiusMetres) {
        return Math.max(relativeTolerance * radiusMetres, minimumToleranceMetres);
    }
}
