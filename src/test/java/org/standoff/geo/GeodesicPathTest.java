package org.standoff.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The measure tool's path: lengths and azimuths against GeographicLib's reference values. */
class GeodesicPathTest {

    @Test
    void aSegmentMatchesGeographicLib() {
        // F.E. Warren AFB to Denver. Reference: `echo "41.1335 -104.8667 39.7392 -104.9903" | GeodSolve -i -p 6`
        // (GeographicLib, Debian geographiclib-tools) gives azi1 -176.08482209342, s12 155182.020409 m.
        GeodesicPath p =
                GeodesicPath.through(List.of(new double[] {-104.8667, 41.1335}, new double[] {-104.9903, 39.7392}));
        assertEquals(1, p.lengthsMetres().length);
        assertEquals(155182.020409, p.totalMetres(), 1e-4);
        assertEquals(
                360 - 176.08482209342,
                p.azimuthsDeg()[0],
                1e-6,
                "SIS and GeographicLib agree to 1e-7 degrees, 0.2 mm across 155 km");
    }

    @Test
    void theEquatorialQuarterIsTheReferenceLength() {
        // a quarter of the equator: a * pi / 2 exactly, since the equator is a geodesic of the ellipsoid
        GeodesicPath p = GeodesicPath.through(List.of(new double[] {0, 0}, new double[] {45, 0}, new double[] {90, 0}));
        assertEquals(6378137.0 * Math.PI / 2, p.totalMetres(), 1e-6);
        assertEquals(90, p.azimuthsDeg()[0], 1e-9);
        assertEquals(2, p.segments().size());
        assertTrue(
                p.describe(LengthUnit.KILOMETRE).startsWith("10018.754 km in 2 segments"),
                p.describe(LengthUnit.KILOMETRE));
    }

    @Test
    void theMeridianQuadrantIsTheReferenceLength() {
        // the WGS84 meridian quadrant, 10,001,965.729 m (GeographicLib: echo "0 0 90 0" | GeodSolve -i)
        GeodesicPath p = GeodesicPath.through(List.of(new double[] {0, 0}, new double[] {0, 90}));
        assertEquals(10_001_965.729, p.totalMetres(), 0.001);
    }
}
