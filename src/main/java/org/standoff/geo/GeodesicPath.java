package org.standoff.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A path of geodesic segments between points the user picked, as the map's measure tool shows
 * it: each segment's length and the azimuth it starts at, and the total length.
 *
 * <p><b>Algorithm.</b> Each segment is the shortest geodesic on the WGS84 ellipsoid between its
 * ends, solved as the inverse problem by {@link Geodesic} (Apache SIS, after Karney 2013), so a
 * length agrees with GeographicLib to well under a millimetre; the total is their sum. Nothing
 * is measured in degrees or in a map projection.
 *
 * <p><b>Limitations.</b> No area: {@link GeodesicArea} measures a polygon's, through GeographicLib,
 * as it needs the S12 term of each geodesic that SIS does not expose. Nearly antipodal points take
 * SIS's slower iteration.
 * Immutable and thread-safe.
 *
 * @param points the picked points as {lon, lat}, in order
 * @param lengthsMetres each segment's geodesic length, {@code points.size() - 1} of them
 * @param azimuthsDeg each segment's starting azimuth, clockwise from north in [0, 360)
 */
public record GeodesicPath(List<double[]> points, double[] lengthsMetres, double[] azimuthsDeg) {

    public GeodesicPath {
        points = List.copyOf(points);
        lengthsMetres = lengthsMetres.clone();
        azimuthsDeg = azimuthsDeg.clone();
    }

    /** Measures the path through {@code points} ({lon, lat} each). */
    public static GeodesicPath through(List<double[]> points) {
        int n = Math.max(0, points.size() - 1);
        double[] lengths = new double[n];
        double[] azimuths = new double[n];
        List<double[]> copy = new ArrayList<>();
        for (double[] p : points) {
            copy.add(new double[] {p[0], p[1]});
        }
        for (int i = 0; i < n; i++) {
            double[] a = copy.get(i);
            double[] b = copy.get(i + 1);
            lengths[i] = Geodesic.distance(a[0], a[1], b[0], b[1]);
            azimuths[i] = Geodesic.azimuth(a[0], a[1], b[0], b[1]);
        }
        return new GeodesicPath(copy, lengths, azimuths);
    }

    /** The sum of the segments' lengths, in metres. */
    public double totalMetres() {
        double t = 0;
        for (double l : lengthsMetres) {
            t += l;
        }
        return t;
    }

    /** The segments as the overlay draws measured lines: {lon1, lat1, lon2, lat2, metres}. */
    public List<double[]> segments() {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < lengthsMetres.length; i++) {
            out.add(new double[] {
                points.get(i)[0], points.get(i)[1], points.get(i + 1)[0], points.get(i + 1)[1], lengthsMetres[i]
            });
        }
        return out;
    }

    /** One line for the status bar and the clipboard, e.g. "12.4 mi in 2 segments (az 45.0°, 90.2°)". */
    public String describe(LengthUnit unit) {
        StringBuilder az = new StringBuilder();
        for (int i = 0; i < azimuthsDeg.length; i++) {
            az.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.1f°", azimuthsDeg[i]));
        }
        return String.format(
                java.util.Locale.ROOT,
                "%.3f %s in %d segment%s (azimuth %s); %.1f m",
                unit.fromMetres(totalMetres()),
                unit.symbol(),
                lengthsMetres.length,
                lengthsMetres.length == 1 ? "" : "s",
                az,
                totalMetres());
    }
}
