package org.standoff.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measure tool's polygon area against GeographicLib's Planimeter (GeographicLib 2.1.2,
 * Debian geographiclib-tools). Each reference was made once with the command quoted beside it
 * and is written here; the test never runs the tool.
 */
class GeodesicAreaTest {

    private static double[] ll(double lat, double lon) {
        return new double[] {lon, lat};
    }

    @Test
    void aTriangleNearCheyenneMatchesPlanimeter() {
        // printf "41.1335 -104.8667\n40.9 -104.9903\n41.0 -104.5\n" | Planimeter -p 10
        //   -> 3 104889.4461084594 476772635.39788
        GeodesicArea a = GeodesicArea.of(List.of(ll(41.1335, -104.8667), ll(40.9, -104.9903), ll(41.0, -104.5)));
        assertEquals(476772635.39788, a.areaSquareMetres(), 476772635.39788 * 1e-9);
        assertEquals(104889.4461084594, a.perimeterMetres(), 1e-6);
    }

    @Test
    void aWyomingSizedQuadrilateralMatchesPlanimeterWhicheverWayItIsDrawn() {
        // printf "45 -111\n45 -104.05\n41 -104.05\n41 -111.05\n" | Planimeter -p 10
        //   -> 4 2025366.7875133867 -252541220484.71078 (clockwise: negative), the reverse order +252541220484.71078
        List<double[]> clockwise = List.of(ll(45, -111), ll(45, -104.05), ll(41, -104.05), ll(41, -111.05));
        List<double[]> anticlockwise = List.of(ll(41, -111.05), ll(41, -104.05), ll(45, -104.05), ll(45, -111));
        for (List<double[]> ring : List.of(clockwise, anticlockwise)) {
            GeodesicArea a = GeodesicArea.of(ring);
            assertEquals(252541220484.71078, a.areaSquareMetres(), 252541220484.71078 * 1e-9);
            assertEquals(2025366.7875133867, a.perimeterMetres(), 1e-5);
        }
    }

    @Test
    void aSquareAcrossTheAntimeridianMatchesPlanimeter() {
        // printf "10 170\n10 -170\n-10 -170\n-10 170\n" | Planimeter -p 10 -> 4 8808314.4622704517 -4948480469169.51562
        GeodesicArea a = GeodesicArea.of(List.of(ll(10, 170), ll(10, -170), ll(-10, -170), ll(-10, 170)));
        assertEquals(4948480469169.51562, a.areaSquareMetres(), 4948480469169.51562 * 1e-9);
        assertEquals(8808314.4622704517, a.perimeterMetres(), 1e-4);
    }

    @Test
    void twoPointsEncloseNothingAndTheTextGivesTheDisplayUnit() {
        assertEquals(0, GeodesicArea.of(List.of(ll(0, 0), ll(0, 1))).areaSquareMetres());
        GeodesicArea a = GeodesicArea.of(List.of(ll(41.1335, -104.8667), ll(40.9, -104.9903), ll(41.0, -104.5)));
        String miles = a.describe(LengthUnit.MILE);
        assertTrue(
                miles.startsWith("area 184.083 mi² (117,813.1 acres), perimeter 65.175 mi; 476,772,635.4 m²"), miles);
        assertTrue(
                a.describe(LengthUnit.KILOMETRE).startsWith("area 476.773 km² (47,677.3 ha)"),
                a.describe(LengthUnit.KILOMETRE));
    }
}
