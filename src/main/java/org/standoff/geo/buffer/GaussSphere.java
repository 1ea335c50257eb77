package org.standoff.geo.buffer;

import org.standoff.geo.Wgs84;

/**
 * The Gauss conformal sphere of the WGS84 ellipsoid about one latitude: a conformal map of a
 * region of the ellipsoid onto a sphere of radius {@link #radius}, here written as unit vectors,
 * that {@link HullSectionBuffer} uses to decide which feature point each buffer vertex belongs
 * to and where the arcs of neighbouring points meet.
 *
 * <p><b>Algorithm.</b> The first step of the oblique stereographic projection (EPSG method 9809,
 * IOGP Guidance Note 7-2 §3.3.3.1): conformal latitude χ with
 * {@code tan(π/4 + χ/2) = c^(1/2)·[tan(π/4 + φ/2)·((1 − e·sin φ)/(1 + e·sin φ))^(e/2)]^n} and
 * longitude {@code Λ = n·(λ − λ0)}, radius {@code sqrt(ρ0·ν0)}. The constants n and c make the
 * scale 1 at the origin latitude with its first two derivatives zero there.
 *
 * <p><b>Accuracy.</b> Conformal, so an azimuth at a point is the same on the sphere as on the
 * ellipsoid. The scale departs from 1 by the order of e²·Δφ³: within 5° of the origin latitude
 * sphere distances match the geodesic ones to a few parts in a million ({@code
 * GaussSphereTest} measures it against Karney's geodesics). Nothing the user sees is computed
 * on this sphere alone: {@link HullSectionBuffer} places every vertex with the exact direct
 * problem on the ellipsoid.
 *
 * <p>Immutable and thread-safe.
 */
final class GaussSphere {

    private static final double E = Math.sqrt(Wgs84.E2);

    private final double lon0;
    private final double n;
    private final double logC;
    private final double radius;

    /** The sphere about the origin (lon0, lat0) in degrees. */
    GaussSphere(double lon0, double lat0) {
        this.lon0 = lon0;
        double phi0 = Math.toRadians(lat0);
        double s0 = Math.sin(phi0);
        double c0 = Math.cos(phi0);
        double w = 1 - Wgs84.E2 * s0 * s0;
        double rho0 = Wgs84.A * (1 - Wgs84.E2) / Math.pow(w, 1.5);
        double nu0 = Wgs84.A / Math.sqrt(w);
        this.radius = Math.sqrt(rho0 * nu0);
        this.n = Math.sqrt(1 + Wgs84.E2 * c0 * c0 * c0 * c0 / (1 - Wgs84.E2));
        double w1 = Math.exp(n * isometric(s0));
        double sinChi0 = (w1 - 1) / (w1 + 1);
        double cc = (n + s0) * (1 - sinChi0) / ((n - s0) * (1 + sinChi0));
        this.logC = Math.log(cc);
    }

    /** The radius in metres: a length r on the ellipsoid is the angle r / radius on the unit sphere. */
    double radius() {
        return radius;
    }

    /** Writes the unit vector of (lon, lat) into {@code out[off..off+2]}; lon is taken relative to lon0. */
    void toUnit(double lon, double lat, double[] out, int off) {
        double s = Math.sin(Math.toRadians(lat));
        double w = Math.exp(logC + n * isometric(s));
        double sinChi = (w - 1) / (w + 1);
        double cosChi = Math.sqrt(Math.max(0, 1 - sinChi * sinChi));
        double big = n * Math.toRadians(Wgs84.wrap180(lon - lon0));
        out[off] = cosChi * Math.cos(big);
        out[off + 1] = cosChi * Math.sin(big);
        out[off + 2] = sinChi;
    }

    /**
     * The azimuth in degrees, clockwise from north, at unit vector p (at {@code off}) of the great
     * circle towards unit vector q (at {@code qOff}); equal, by conformality, to the azimuth on the
     * ellipsoid at the corresponding point.
     */
    static double azimuth(double[] p, int off, double[] q, int qOff) {
        double px = p[off];
        double py = p[off + 1];
        double pz = p[off + 2];
        double h = Math.sqrt(px * px + py * py);
        // east = (-py, px, 0)/h, north = (-pz·px, -pz·py, h²)/h
        double east = (-py * q[qOff] + px * q[qOff + 1]) / h;
        double north = (-pz * px * q[qOff] - pz * py * q[qOff + 1] + h * h * q[qOff + 2]) / h;
        return Math.toDegrees(Math.atan2(east, north));
    }

    /** ln[(1 + s)/(1 − s)·((1 − e·s)/(1 + e·s))^e], twice the isometric latitude of sin φ = s. */
    private static double isometric(double s) {
        return Math.log((1 + s) / (1 - s)) + E * Math.log((1 - E * s) / (1 + E * s));
    }
}
