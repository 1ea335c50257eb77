package org.standoff.render;

import java.util.List;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;

/**
 * Draws measured distances: a geodesic line (densified, so long lines curve as they truly do on
 * a Web Mercator map) with its length at the middle, e.g. a site to its nearest installation.
 * Each line is {lon1, lat1, lon2, lat2, metres}. Stateless and thread-safe.
 */
public final class MeasurePainter {

    private static final Stroke HALO = Stroke.solid(Rgba.hex("#ffffff"), 4);
    private static final Stroke LINE = new Stroke(Rgba.hex("#111111"), 1.8, new double[] {6, 4});
    private static final TextStyle LABEL = new TextStyle(12, true, Rgba.hex("#111111"), Rgba.hex("#ffffff"), 2.5);
    private static final int STEPS = 32;

    private MeasurePainter() {}

    public static void paint(Surface s, Viewport v, List<double[]> lines, LengthUnit unit) {
        for (double[] l : lines) {
            double az = Geodesic.azimuth(l[0], l[1], l[2], l[3]);
            double total = l[4] > 0 ? Geodesic.distance(l[0], l[1], l[2], l[3]) : 0;
            s.beginPath();
            s.moveTo(v.x(l[0]), v.y(l[1]));
            for (int i = 1; i <= STEPS && total > 0; i++) {
                double[] p = i == STEPS ? new double[] {l[2], l[3]} : Geodesic.destination(l[0], l[1], az, total * i / STEPS);
                s.lineTo(v.x(p[0]), v.y(p[1]));
            }
            s.strokePath(HALO);
            s.strokePath(LINE);
            double[] mid = total > 0 ? Geodesic.destination(l[0], l[1], az, total / 2) : new double[] {l[0], l[1]};
            String text = ZonePainter.number(unit.fromMetres(l[4])) + " " + unit.symbol();
            s.text(text, v.x(mid[0]) + 6, v.y(mid[1]) - 6, LABEL);
        }
    }
}
