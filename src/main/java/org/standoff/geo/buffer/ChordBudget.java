package org.standoff.geo.buffer;

import org.standoff.geo.Wgs84;

/**
 * How finely {@link HullSectionBuffer} writes an outline for a radius and tolerance: the longest
 * steps of arcs and offsets whose chords keep within the tolerance, and how far outside r the
 * vertices inside an arc are lifted so that its chords straddle the circle.
 *
 * <p><b>Accuracy.</b> A chord of an arc strays from the circle by its sagitta and, as a straight
 * lon/lat segment, by its departure from the geodesic; an offset chord by that departure only.
 * Every step here keeps a chord's points within {@value #FRACTION} of the tolerance of r, which
 * leaves the rest for corners (tol/8 from sampling) and the conformal sphere (parts per million).
 *
 * @param arcStepDeg the longest arc step, in degrees, between two vertices at r (an arc's ends)
 * @param endStepDeg the longest step between an arc's end at r and a lifted vertex inside it
 * @param liftedStepDeg the longest step between two lifted vertices inside an arc
 * @param lift how far outside r the vertices inside arcs are placed, in metres
 * @param maxChord the longest offset chord along an edge, in metres
 */
record ChordBudget(double arcStepDeg, double endStepDeg, double liftedStepDeg, double lift, double maxChord) {

    /**
     * The error budget of a chord, as a fraction of the tolerance: what is left after the tol/8
     * a corner may lie inside, less a margin for the conformal sphere's parts per million.
     */
    static final double FRACTION = 0.8;

    /** The budget for a buffer of this radius and tolerance reaching at most that latitude. */
    static ChordBudget of(double absLat, double radius, double tolerance) {
        double e = FRACTION * tolerance;
        double lift = arcLift(absLat, radius, tolerance);
        // chords with a lifted end are chords of the circle of radius r + lift
        return new ChordBudget(
                arcStep(absLat, radius, e),
                arcStep(absLat, radius + lift, endSagitta(e, lift)),
                arcStep(absLat, radius + lift, e + lift),
                lift,
                maxChord(absLat, tolerance));
    }

    /**
     * The longest offset chord, up to that latitude: a straight lon/lat segment of length h
     * strays at most h²·(tan φ + 0.2)/(8·b²/a) from the geodesic, and the offset of a geodesic
     * is straight to within millimetres over such lengths, so the chord may take the whole
     * budget.
     */
    private static double maxChord(double absLat, double tolerance) {
        double tan = Math.tan(Math.toRadians(Math.min(89, absLat)));
        return Math.sqrt(8 * Wgs84.MIN_RADIUS * (FRACTION * tolerance) / (tan + 0.2));
    }

    /**
     * How far outside r the vertices inside arcs are placed, so that their chords straddle the
     * circle (the polygon within ±e of a circle with the fewest vertices has its vertices at r + e
     * and its chords' middles at r − e, which takes about 30 % fewer vertices than chords inside
     * the circle). It is the chord budget when a chord's departure from the geodesic as a lon/lat
     * segment is surely smaller than its sagitta (below: r·(tan φ + 0.2) ≤ b²/a, which holds for
     * every radius the fast path takes up to 84°), so a chord between lifted vertices never
     * strays beyond r + lift; else 0. The ends of arcs stay at r: they are corners shared with the
     * neighbouring circle, or meet the offsets of edges, which are at r.
     */
    private static double arcLift(double absLat, double radius, double tolerance) {
        double tan = Math.tan(Math.toRadians(Math.min(89, absLat)));
        return radius * (tan + 0.2) <= Wgs84.MIN_RADIUS ? FRACTION * tolerance : 0;
    }

    /**
     * The largest sagitta s of a chord from an arc's end at r to a vertex lifted by L whose every
     * point stays within e inside r. Along the chord, at fraction u, the distance is
     * r + L·u − 4·s·u·(1 − u), least at u = (4s − L)/8s, where it is r − (4s − L)²/16s; that is
     * r − e when 16s² − (8L + 16e)·s + L² = 0.
     */
    static double endSagitta(double e, double lift) {
        double b = 8 * lift + 16 * e;
        return (b + Math.sqrt(b * b - 64 * lift * lift)) / 32;
    }

    /**
     * The arc step in degrees for a chord budget (sagitta plus departure): a chord of angle θ of
     * a circle of radius r has sagitta r·θ²/8 and strays r²·θ²·(tan φ + 0.2)/(8·b²/a) more as a
     * straight lon/lat segment, and the two together must stay within the budget.
     */
    private static double arcStep(double absLat, double radius, double budget) {
        double tan = Math.tan(Math.toRadians(Math.min(89, absLat)));
        double theta2 = 8 * budget / (radius * (1 + radius * (tan + 0.2) / Wgs84.MIN_RADIUS));
        return Math.toDegrees(Math.min(Math.PI / 8, Math.sqrt(theta2)));
    }
}
