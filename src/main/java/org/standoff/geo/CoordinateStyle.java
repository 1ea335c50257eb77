package org.standoff.geo;

/**
 * How {@link CoordinateFormat#latLon} writes a latitude/longitude pair.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum CoordinateStyle {
    /** Decimal degrees with six decimals and a hemisphere letter: {@code 38.889510° N, 77.035260° W}. */
    DECIMAL,
    /** Degrees, minutes and seconds with two decimals of seconds: {@code 38°53'22.24" N, 77°02'06.94" W}. */
    DMS
}
