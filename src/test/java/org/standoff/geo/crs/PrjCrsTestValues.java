package org.standoff.geo.crs;

/** WKT test constants shared with tests in other packages. */
public final class PrjCrsTestValues {
    public static final String UTM13N = PrjCrsTest.UTM13N_ESRI;

    private PrjCrsTestValues() {}
}
