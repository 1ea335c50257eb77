package org.standoff.geo.buffer;

import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;

/**
 * The direct geodesic problem on WGS84 for the end point only, written for the one place where
 * it is the inner loop: {@link HullSectionBuffer} places every buffer vertex with it, hundreds of
 * thousands per layer. Everything else calls Apache SIS through {@link Geodesic}.
 *
 * <p><b>Why not SIS here.</b> SIS's {@code GeodeticCalculator} and GeographicLib-Java take
 * 400–800 ns a call on this project's machines, much of it in {@code Math.hypot} (not an
 * intrinsic on Java 17), position objects and unit conversion. This class computes the same
 * thing with the same method in about a third of that (docs/PERFORMANCE.md), and keeps the start
 * point's reduced latitude and the distance's arc s/b (with its sine and cosine) between calls,
 * since a buffer's arcs fire many azimuths from one point over one distance.
 *
 * <p><b>Algorithm.</b> Karney, "Algorithms for geodesics", J. Geodesy 87 (2013), §3 and §4 with
 * the series of its equations (17)–(25) to sixth order in ε (as GeographicLib's default): the
 * geodesic is mapped to a great circle on the auxiliary sphere; the distance s gives the scaled
 * arc τ = s/(b·A1), the arc σ by the reverted series C1', and the longitude from ω by the
 * integral I3 (A3, C3). Fourier sums are evaluated with Clenshaw's recurrence. No iteration:
 * for WGS84 the series are accurate to a few nanometres at any distance.
 *
 * <p><b>Accuracy.</b> {@code GeodesicDirectTest} checks it against GeographicLib's
 * {@code GeodSolve} reference values and against SIS on random cases, including the
 * antimeridian, high latitudes and distances up to 15,000 km.
 *
 * <p>Not thread-safe (it keeps the last start point); one instance per caller.
 */
final class GeodesicDirect {

    private static final double F1 = 1 - Wgs84.F;
    private static final double EP2 = Wgs84.E2 / (1 - Wgs84.E2);
    /** The third flattening n = f/(2 − f), in which the C3 and A3 coefficients are polynomials. */
    private static final double N = Wgs84.F / (2 - Wgs84.F);

    private static final double TINY = Math.sqrt(Double.MIN_NORMAL);

    // A3 = 1 − Σ a3[j]·ε^(j+1) and C3[l] = Σ c3[l][j]·ε^j, with their coefficients in n fixed for WGS84 (eqs. 24, 25)
    private static final double A31 = 0.5 - N / 2;
    private static final double A32 = 0.25 + N / 8 - 3 * N * N / 8;
    private static final double A33 = 1.0 / 16 + 3 * N / 16 + N * N / 16;
    private static final double A34 = 3.0 / 64 + N / 32;
    private static final double A35 = 3.0 / 128;
    private static final double C311 = 0.25 - N / 4;
    private static final double C312 = 1.0 / 8 - N * N / 8;
    private static final double C313 = 3.0 / 64 + 3 * N / 64 - N * N / 64;
    private static final double C314 = 5.0 / 128 + N / 64;
    private static final double C315 = 3.0 / 128;
    private static final double C322 = 1.0 / 16 - 3 * N / 32 + N * N / 32;
    private static final double C323 = 3.0 / 64 - N / 32 - 3 * N * N / 64;
    private static final double C324 = 3.0 / 128 + N / 128;
    private static final double C325 = 5.0 / 256;
    private static final double C333 = 5.0 / 192 - 3 * N / 64 + 5 * N * N / 192;
    private static final double C334 = 3.0 / 128 - 5 * N / 192;
    private static final double C335 = 7.0 / 512;
    private static final double C344 = 7.0 / 512 - 7 * N / 256;
    private static final double C345 = 7.0 / 512;
    private static final double C355 = 21.0 / 2560;

    private double lastLat = Double.NaN;
    private double lastMetres = Double.NaN;
    private double tau0;
    private double stau0;
    private double ctau0;
    private double sphi1;
    private double cphi1;
    private double sbet1;
    private double cbet1;
    // of the last end point, for its azimuth
    private double salp2;
    private double calp2;

    /**
     * The end point of the geodesic from (lon, lat) at an azimuth over a distance.
     *
     * @param lat start latitude in degrees, in [-90, 90]
     * @param azimuth degrees clockwise from north
     * @param metres the distance, not negative and at most 20,000 km (half a meridian; farther,
     *            the small-angle step from s/b to the scaled arc would leave its stated accuracy)
     * @param out receives {@code {lon, lat}} in degrees; lon is lon + the longitude difference,
     *            not wrapped
     */
    void destination(double lon, double lat, double azimuth, double metres, double[] out) {
        double alp1 = Math.toRadians(azimuth);
        destination(lon, lat, Math.sin(alp1), Math.cos(alp1), metres, out);
    }

    /**
     * As {@link #destination(double, double, double, double, double[])}, with the azimuth given
     * by its sine and cosine (a unit vector), as an arc's stepping azimuths have them by rotation.
     */
    void destination(double lon, double lat, double salp1, double calp1, double metres, double[] out) {
        if (lat != lastLat) {
            startAt(lat);
        }
        // the azimuth at the equator crossing, alpha0 (eq. 5)
        double salp0 = salp1 * cbet1;
        double calp0 = Math.sqrt(calp1 * calp1 + (salp1 * sbet1) * (salp1 * sbet1));
        // sigma1 and omega1 from the equator crossing (eq. 11)
        double ssig1 = sbet1;
        double somg1 = salp0 * sbet1;
        double csig1 = sbet1 != 0 || calp1 != 0 ? cbet1 * calp1 : 1;
        double comg1 = csig1;
        double r = 1 / Math.sqrt(ssig1 * ssig1 + csig1 * csig1);
        ssig1 *= r;
        csig1 *= r;
        // the expansion parameter (eqs. 9, 16)
        double k2 = calp0 * calp0 * EP2;
        double eps = k2 / (2 * (1 + Math.sqrt(1 + k2)) + k2);
        double e2 = eps * eps;
        double e3 = e2 * eps;
        double e4 = e2 * e2;
        double e5 = e4 * eps;
        double e6 = e3 * e3;
        // A1 − 1 (eq. 17), C1 (eq. 18), C1' (eq. 21)
        double a1m1 = (e2 * (0.25 + e2 * (1.0 / 64 + e2 * (1.0 / 256))) + eps) / (1 - eps);
        double c11 = -eps * 0.5 + e3 * (3.0 / 16) - e5 * (1.0 / 32);
        double c12 = -e2 * (1.0 / 16) + e4 * (1.0 / 32) - e6 * (9.0 / 2048);
        double c13 = -e3 * (1.0 / 48) + e5 * (3.0 / 256);
        double c14 = -e4 * (5.0 / 512) + e6 * (3.0 / 512);
        double c15 = -e5 * (7.0 / 1280);
        double c16 = -e6 * (7.0 / 2048);
        double p11 = eps * 0.5 - e3 * (9.0 / 32) + e5 * (205.0 / 1536);
        double p12 = e2 * (5.0 / 16) - e4 * (37.0 / 96) + e6 * (1335.0 / 4096);
        double p13 = e3 * (29.0 / 96) - e5 * (75.0 / 128);
        double p14 = e4 * (539.0 / 1536) - e6 * (2391.0 / 2560);
        double p15 = e5 * (3467.0 / 7680);
        double p16 = e6 * (38081.0 / 61440);
        // A3 (eq. 24) and C3 (eq. 25)
        double a3 = 1 - eps * (A31 + eps * (A32 + eps * (A33 + eps * (A34 + eps * A35))));
        double c31 = eps * C311 + e2 * C312 + e3 * C313 + e4 * C314 + e5 * C315;
        double c32 = e2 * C322 + e3 * C323 + e4 * C324 + e5 * C325;
        double c33 = e3 * C333 + e4 * C334 + e5 * C335;
        double c34 = e4 * C344 + e5 * C345;
        double c35 = e5 * C355;

        // tau1 = sigma1 + I1's Fourier part at sigma1 (eq. 7); that part is below ε in size
        double b11 = sines(ssig1, csig1, c11, c12, c13, c14, c15, c16);
        double sb = smallSin(b11);
        double cb = smallCos(b11);
        double stau1 = ssig1 * cb + csig1 * sb;
        double ctau1 = csig1 * cb - ssig1 * sb;
        // tau2 = tau1 + s/(b·A1); sigma12 = tau12 + d by the reverted series (eq. 20), d below 2ε
        // as tau0 + (tau12 − tau0) with tau0 = s/b, whose sine and cosine are kept while calls
        // share the distance: the difference is −tau0·(A1 − 1)/A1, below 0.006 rad up to 20,000 km
        if (metres != lastMetres) {
            keepDistance(metres);
        }
        double tau12 = tau0 / (1 + a1m1);
        double dt = -tau0 * a1m1 / (1 + a1m1);
        double sdt = smallSin(dt);
        double cdt = smallCos(dt);
        double st = stau0 * cdt + ctau0 * sdt;
        double ct = ctau0 * cdt - stau0 * sdt;
        double stau2 = stau1 * ct + ctau1 * st;
        double ctau2 = ctau1 * ct - stau1 * st;
        double d = b11 + sines(stau2, ctau2, p11, p12, p13, p14, p15, p16);
        double sd = smallSin(d);
        double cd = smallCos(d);
        double sig12 = tau12 + d;
        double ss12 = st * cd + ct * sd;
        double cs12 = ct * cd - st * sd;
        double ssig2 = ssig1 * cs12 + csig1 * ss12;
        double csig2 = csig1 * cs12 - ssig1 * ss12;
        // the end point on the auxiliary sphere (eqs. 12, 13)
        double sbet2 = calp0 * ssig2;
        double cbet2 = Math.sqrt(salp0 * salp0 + (calp0 * csig2) * (calp0 * csig2));
        if (cbet2 == 0) {
            cbet2 = TINY;
        }
        salp2 = salp0;
        calp2 = calp0 * csig2;
        double somg2 = salp0 * ssig2;
        double comg2 = csig2;
        double omg12 = angle(somg2 * comg1 - comg2 * somg1, comg2 * comg1 + somg2 * somg1);
        // lambda12 = omega12 − f·sin(alpha0)·I3 (eq. 8)
        double b31 = sines(ssig1, csig1, c31, c32, c33, c34, c35, 0);
        double b32 = sines(ssig2, csig2, c31, c32, c33, c34, c35, 0);
        double lam12 = omg12 - Wgs84.F * salp0 * a3 * (sig12 + b32 - b31);
        out[0] = lon + Math.toDegrees(lam12);
        // phi2 = phi1 + the angle between them (tan phi2 = tan beta2 / (1 − f))
        double cphi2 = F1 * cbet2;
        out[1] = lat + Math.toDegrees(angle(sbet2 * cphi1 - cphi2 * sphi1, cphi2 * cphi1 + sbet2 * sphi1));
    }

    /** The forward azimuth in degrees at the end point of the last {@link #destination}. */
    double endAzimuth() {
        return Math.toDegrees(Math.atan2(salp2, calp2));
    }

    /** The distance as the arc tau0 = s/b on the auxiliary sphere, with its sine and cosine, kept while calls share it. */
    private void keepDistance(double metres) {
        tau0 = metres / Wgs84.B;
        stau0 = Math.sin(tau0);
        ctau0 = Math.cos(tau0);
        lastMetres = metres;
    }

    /** The start point's latitude and reduced latitude (eq. 6), kept while calls share them. */
    private void startAt(double lat) {
        double phi = Math.toRadians(lat);
        sphi1 = Math.sin(phi);
        cphi1 = Math.abs(lat) == 90 ? 0 : Math.cos(phi);
        double s = F1 * sphi1;
        double c = Math.max(TINY, cphi1);
        double r = Math.sqrt(s * s + c * c);
        sbet1 = s / r;
        cbet1 = c / r;
        lastLat = lat;
    }

    /**
     * atan2(y, x), by its Taylor series when the angle is within ±1/8 rad (the common case: a
     * buffer vertex is within a few hundred kilometres), where nine terms are exact to a part
     * in 10^17; Math.atan2 otherwise.
     */
    static double angle(double y, double x) {
        if (x > 0 && Math.abs(y) <= 0.125 * x) {
            double t = y / x;
            double t2 = t * t;
            return t
                    * (1
                            - t2
                                    * (1.0 / 3
                                            - t2
                                                    * (1.0 / 5
                                                            - t2
                                                                    * (1.0 / 7
                                                                            - t2
                                                                                    * (1.0 / 9
                                                                                            - t2
                                                                                                    * (1.0 / 11
                                                                                                            - t2
                                                                                                                    * (1.0
                                                                                                                                    / 13
                                                                                                                            - t2
                                                                                                                                    * (1.0
                                                                                                                                                    / 15
                                                                                                                                            - t2
                                                                                                                                                    * (1.0
                                                                                                                                                                    / 17
                                                                                                                                                            - t2
                                                                                                                                                                    * (1.0
                                                                                                                                                                            / 19))))))))));
        }
        return Math.atan2(y, x);
    }

    /** sin x for |x| below 0.01 (the series' corrections here never reach that): exact to a part in 10^20. */
    private static double smallSin(double x) {
        double x2 = x * x;
        return x * (1 - x2 * (1.0 / 6) * (1 - x2 * (1.0 / 20) * (1 - x2 * (1.0 / 42))));
    }

    /** cos x for |x| below 0.01: exact to a part in 10^20. */
    private static double smallCos(double x) {
        double x2 = x * x;
        return 1 - x2 * 0.5 * (1 - x2 * (1.0 / 12) * (1 - x2 * (1.0 / 30) * (1 - x2 * (1.0 / 56))));
    }

    /**
     * Σ c_l·sin(2lσ) for l = 1…6 from sin σ and cos σ, by Clenshaw's recurrence
     * (b_l = c_l + 2·cos 2σ·b_{l+1} − b_{l+2}; the sum is b_1·sin 2σ).
     */
    private static double sines(double s, double c, double c1, double c2, double c3, double c4, double c5, double c6) {
        double ar = 2 * (c - s) * (c + s);
        double b6 = c6;
        double b5 = c5 + ar * b6;
        double b4 = c4 + ar * b5 - b6;
        double b3 = c3 + ar * b4 - b5;
        double b2 = c2 + ar * b3 - b4;
        double b1 = c1 + ar * b2 - b3;
        return 2 * s * c * b1;
    }
}
