package org.standoff.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;

/**
 * The area and perimeter of a polygon the user drew with the measure tool, on the WGS84
 * ellipsoid: the ring through the picked points, closed back to the first, every edge the
 * shortest geodesic between its ends.
 *
 * <p><b>Algorithm.</b> GeographicLib's {@code PolygonArea} (Karney, "Algorithms for geodesics",
 * J. Geodesy 87, 2013, section 6): the area is the sum over the edges of the area between each
 * geodesic and the equator (the S12 term), with the ellipsoid's authalic correction done in a
 * series to the sixth order in the third flattening. Why not SIS: its {@code GeodeticCalculator}
 * gives lengths and azimuths but not S12. The perimeter is the sum of the same geodesics.
 *
 * <p><b>Accuracy.</b> GeographicLib states about 0.1 m² per vertex for the area (a relative error
 * of about 1e-15 for polygons of national size) and 15 nm for each edge's length;
 * {@code GeodesicAreaTest} agrees with the {@code Planimeter} tool of GeographicLib 2.1.2 to 1e-9
 * relative.
 *
 * <p><b>Limitations.</b> The ring's orientation does not matter (the area is unsigned); a ring that
 * crosses itself gets GeographicLib's winding-number area, not a repaired one; a polygon larger
 * than half the Earth is read as its smaller complement. Immutable and thread-safe.
 *
 * @param points the picked vertices as {lon, lat}, in order, the closing edge implied
 * @param areaSquareMetres the enclosed area in square metres
 * @param perimeterMetres the ring's length including the closing edge, in metres
 */
public record GeodesicArea(List<double[]> points, double areaSquareMetres, double perimeterMetres) {

    /** Square metres in an international acre (4840 square yards of 0.9144 m). */
    public static final double ACRE_SQUARE_METRES = 4046.8564224;

    public GeodesicArea {
        List<double[]> copy = new ArrayList<>();
        for (double[] p : points) {
            copy.add(new double[] {p[0], p[1]});
        }
        points = List.copyOf(copy);
    }

    /** Measures the polygon with vertices {@code points} ({lon, lat} each); fewer than three enclose nothing. */
    public static GeodesicArea of(List<double[]> points) {
        PolygonArea polygon = new PolygonArea(net.sf.geographiclib.Geodesic.WGS84, false);
        for (double[] p : points) {
            polygon.AddPoint(p[1], p[0]);
        }
        if (points.size() < 3) {
            return new GeodesicArea(
                    points,
                    0,
                    points.size() == 2
                            ? 2
                                    * Geodesic.distance(
                                            points.get(0)[0], points.get(0)[1], points.get(1)[0], points.get(1)[1])
                            : 0);
        }
        PolygonResult r = polygon.Compute(false, true);
        return new GeodesicArea(points, Math.abs(r.area), r.perimeter);
    }

    /**
     * One line for the clipboard, in the display unit's square and its land measure, and in
     * square metres: "area 12.345 mi² (7,900.8 acres), perimeter 14.213 mi; 31,975,123.4 m²".
     */
    public String describe(LengthUnit unit) {
        return summary(unit) + String.format(Locale.ROOT, "; %,.1f m²", areaSquareMetres);
    }

    /** {@link #describe} without the square metres, short enough for the status bar. */
    public String summary(LengthUnit unit) {
        double side = unit.metres();
        String land = unit == LengthUnit.MILE || unit == LengthUnit.NAUTICAL_MILE
                ? String.format(Locale.ROOT, "%,.1f acres", areaSquareMetres / ACRE_SQUARE_METRES)
                : String.format(Locale.ROOT, "%,.1f ha", areaSquareMetres / 1e4);
        return String.format(
                Locale.ROOT,
                "area %.3f %s² (%s), perimeter %.3f %s",
                areaSquareMetres / (side * side),
                unit.symbol(),
                land,
                unit.fromMetres(perimeterMetres),
                unit.symbol());
    }
}
