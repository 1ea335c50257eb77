package org.standoff.geo.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.Wgs84;

/** ChordBudget's steps, checked by sampling the chords they allow against exact distances. */
class ChordBudgetTest {

    @Test
    void endSagittaPutsTheLowestPointOfTheChordExactlyAtTheBudget() {
        for (double lift : new double[] {0, 0.3, 0.8, 1.6}) {
            double e = 0.8;
            double s = ChordBudget.endSagitta(e, lift);
            // distance above r along the chord from an end at r to a vertex lifted by `lift`
            double lowest = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= 100_000; i++) {
                double u = i / 100_000.0;
                lowest = Math.min(lowest, lift * u - 4 * s * u * (1 - u));
            }
            assertEquals(-e, lowest, 1e-9, "lift " + lift);
        }
        assertEquals(0.8, ChordBudget.endSagitta(0.8, 0), 1e-15, "without a lift it is the plain budget");
    }

    @Test
    void stepsGrowWithTheLiftAndTheLiftIsTheBudgetWhereChordsBendLessThanTheyRise() {
        double r = LengthUnit.MILE.toMetres(100);
        ChordBudget b = ChordBudget.of(49, r, 16.09);
        assertEquals(0.8 * 16.09, b.lift(), 1e-12);
        assertTrue(b.arcStepDeg() < b.endStepDeg() && b.endStepDeg() < b.liftedStepDeg(), b.toString());
        assertEquals(Math.sqrt(2), b.liftedStepDeg() / b.arcStepDeg(), 0.01, "twice the budget, sqrt 2 the step");
        // 700 km at 84°: a lon/lat chord there bends more than its sagitta, so no lift
        assertEquals(0, ChordBudget.of(84, 700_000, 70).lift());
    }

    @Test
    void chordsBetweenLiftedArcVerticesStayWithinTheBudgetOfTheRadius() {
        for (double lat : new double[] {25, 49, 70}) {
            for (double miles : new double[] {1, 30, 100, 200}) {
                double r = LengthUnit.MILE.toMetres(miles);
                double tol = BufferParameters.of(r).toleranceMetres(r);
                ChordBudget b = ChordBudget.of(lat + Wgs84.reachDegrees(r), r, tol);
                for (double azimuth = 0; azimuth < 360; azimuth += 37) {
                    double[] p = Geodesic.destination(-100, lat, azimuth, r + b.lift());
                    double[] q = Geodesic.destination(-100, lat, azimuth + b.liftedStepDeg(), r + b.lift());
                    for (int k = 0; k <= 16; k++) {
                        double t = k / 16.0;
                        double d = Geodesic.distance(-100, lat, p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]));
                        String at = String.format(
                                "lat %s, r %s mi, azimuth %s, t %s: d - r = %.4f m, budget %.4f m",
                                lat, miles, azimuth, t, d - r, 0.8 * tol);
                        assertTrue(
                                d - r >= -0.8 * tol - 1e-3 && d - r <= b.lift() + 1e-3,
                                at); // SIS distances are good to 0.1 mm
                    }
                }
            }
        }
    }
}
