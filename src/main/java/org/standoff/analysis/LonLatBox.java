package org.standoff.analysis;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The longitude/latitude boxes that are sure to contain every point within a geodesic distance
 * R of a centre, for querying an index of lon/lat envelopes.
 *
 * <p><b>Why it is safe.</b> Along any curve on the WGS84 ellipsoid, a change of latitude dφ costs
 * at least M(φ)·dφ ≥ (b²/a)·dφ metres (b²/a = 6 335 439 m, the smallest meridional radius of
 * curvature), so points within R differ in latitude by at most R/(b²/a). Within that latitude
 * band, a change of longitude dλ costs at least N·cos φ·dλ ≥ a·cos φ_max·dλ (N ≥ a). Widths get
 * a relative margin of 1e-9 and 1e-9 degrees against rounding. A band reaching a pole, or a
 * longitude half-width of 180° or more, gives the full longitude range; a box crossing the
 * antimeridian is split in two.
 *
 * <p>Static and thread-safe.
 */
final class LonLatBox {

    private static final double B2_OVER_A = 6_356_752.314245179 * 6_356_752.314245179 / 6_378_137.0;
    private static final double A = 6_378_137.0;

    private LonLatBox() {
    }

    static List<Envelope> around(double longitude, double lat, double radiusMetres) {
        double lon = longitude >= -180 && longitude <= 180 ? longitude : ((longitude + 180) % 360 + 360) % 360 - 180;
        double dLat = Math.toDegrees(radiusMetres / B2_OVER_A) * (1 + 1e-9) + 1e-9;
        double south = lat - dLat;
        double north = lat + dLat;
        if (south <= -90 || north >= 90) {
            return List.of(new Envelope(-180, 180, Math.max(-90, south), Math.min(90, north)));
        }
        double cosMax = Math.cos(Math.toRadians(Math.max(Math.abs(south), Math.abs(north))));
        double dLon = Math.toDegrees(radiusMetres / (A * cosMax)) * (1 + 1e-9) + 1e-9;
        if (dLon >= 180) {
            return List.of(new Envelope(-180, 180, south, north));
        }
        double west = lon - dLon;
        double east = lon + dLon;
        if (west < -180) {
            return List.of(new Envelope(west + 360, 180, south, north), new Envelope(-180, east, south, north));
        }
        if (east > 180) {
            return List.of(new Envelope(west, 180, south, north), new Envelope(-180, east - 360, south, north));
        }
        return List.of(new Envelope(west, east, south, north));
    }
}
