package org.standoff.geo;

/**
 * The units of length that Standoff shows to users for distances and buffer radii.
 *
 * <p>All conversions go through metres, the unit of every geodesic computation in this
 * package. The sizes are exact by definition: the international statute mile is 1609.344 m
 * (1959 agreement) and the international nautical mile is 1852 m. Conversions are a single
 * multiplication or division, so they are exact to within one unit in the last place of a
 * {@code double}; a round trip {@code toMetres(fromMetres(m))} may differ from {@code m} by
 * that much.
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum LengthUnit {
    /** The SI metre. */
    METRE(1.0, "m", "metres"),
    /** 1000 metres. */
    KILOMETRE(1000.0, "km", "kilometres"),
    /** The international statute mile, 1609.344 metres exactly. */
    MILE(1609.344, "mi", "miles"),
    /** The international nautical mile, 1852 metres exactly. */
    NAUTICAL_MILE(1852.0, "nmi", "nautical miles");

    private final double metres;
    private final String symbol;
    private final String label;

    LengthUnit(double metres, String symbol, String label) {
        this.metres = metres;
        this.symbol = symbol;
        this.label = label;
    }

    /** The size of one of this unit in metres. */
    public double metres() {
        return metres;
    }

    /** Converts a length in metres to this unit. */
    public double fromMetres(double m) {
        return m / metres;
    }

    /** Converts a length in this unit to metres. */
    public double toMetres(double v) {
        return v * metres;
    }

    /** The short symbol shown after numbers: "m", "km", "mi" or "nmi". */
    public String symbol() {
        return symbol;
    }

    /** The plural English name shown in menus: "metres", "kilometres", "miles", "nautical miles". */
    public String label() {
        return label;
    }
}
