package org.standoff.geo.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.ReferenceData;
import org.standoff.geo.Wgs84;
import org.standoff.geo.distance.PreparedGeodesicGeometry;
import org.standoff.sample.InstallationOutlines;

/**
 * The fast hull-section path of {@link GeodesicBuffer}, checked both directly (asserting that it
 * applies, so it is really exercised) and through {@link GeodesicBuffer#buffer}: every boundary
 * point within the tolerance of r in exact geodesic distance (dense sampling, see
 * {@link GeodesicBufferTest#worstBoundaryError}), a valid polygon, every source vertex covered.
 *
 * <p>Test shapes are WKT in local metres (x east, y north) about a centre, placed on the
 * ellipsoid with exact direct geodesics ({@link #placed}), so they are true to size at every
 * latitude.
 */
class HullSectionBufferTest {

    static final double MILE = LengthUnit.MILE.toMetres(1);
    static final double[] RADII = {100, MILE, 30 * MILE, 100 * MILE, 200 * MILE};
    /** Centres at 25°N (south Florida), 45°N (Wyoming) and 70°N (Alaska's north slope). */
    static final double[][] CENTRES = {{-80.4, 25}, {-104.8, 45}, {-150, 70}};

    static final GeometryFactory FACTORY = new GeometryFactory();
    /** Boxes for realistic outlines about 25°N, 45°N and 70°N, and a seed for each. */
    static final double[][] BOXES = {{-82, 24.5, -80, 25.5}, {-110, 44.5, -100, 45.5}, {-160, 69.5, -145, 70.5}};

    static final long[] SEEDS = {100, 101, 103};

    static final String POINT = "POINT(0 0)";
    /** 100 km east-west by 300 m. */
    static final String STRIP = "POLYGON((-50000 -150, 50000 -150, 50000 150, -50000 150, -50000 -150))";
    /** The same strip turned to run south-west to north-east. */
    static final String DIAGONAL_STRIP = "POLYGON((-35249.273 -35461.405, 35461.405 35249.273, 35249.273 35461.405,"
            + " -35461.405 -35249.273, -35249.273 -35461.405))";
    /** Two 1 km squares with a 4 km gap: separate buffers up to r = 2 km, one above. */
    static final String TWO_PARCELS = "MULTIPOLYGON(((-3000 -500, -2000 -500, -2000 500, -3000 500, -3000 -500)),"
            + " ((2000 -500, 3000 -500, 3000 500, 2000 500, 2000 -500)))";
    /** A 6 km square with a 1 km hole: the hole survives r = 100 m and is filled from 1 mile up. */
    static final String SMALL_HOLE = "POLYGON((-3000 -3000, 3000 -3000, 3000 3000, -3000 3000, -3000 -3000),"
            + " (-500 -500, -500 500, 500 500, 500 -500, -500 -500))";
    /** A 20 km square with a 10 km hole, which survives a 1-mile buffer. */
    static final String BIG_HOLE = "POLYGON((-10000 -10000, 10000 -10000, 10000 10000, -10000 10000, -10000 -10000),"
            + " (-5000 -5000, -5000 5000, 5000 5000, 5000 -5000, -5000 -5000))";
    /**
     * A 12 km by 10 km block with a U-shaped notch from its north side: 4 km wide (more than
     * two miles), 6 km deep (far more than one mile), with a semicircular bottom.
     */
    static final String NOTCH = "POLYGON((-6000 -5000, 6000 -5000, 6000 5000, 2000 5000, 2000 1000, 1847.759 234.633,"
            + " 1414.214 -414.214, 765.367 -847.759, 0 -1000, -765.367 -847.759, -1414.214 -414.214, -1847.759 234.633,"
            + " -2000 1000, -2000 5000, -6000 5000, -6000 -5000))";

    static final String LINE = "LINESTRING(-20000 0, -5000 6000, 8000 -2000, 20000 3000)";

    /** The WKT shape in local metres placed about (lon, lat); longitudes continuous about lon (may pass ±180). */
    static Geometry placed(String wktMetres, double lon, double lat) {
        Geometry g = ReferenceData.wkt(wktMetres);
        g.apply((CoordinateFilter) c -> {
            double[] p = Geodesic.destination(lon, lat, Math.toDegrees(Math.atan2(c.x, c.y)), Math.hypot(c.x, c.y));
            c.x = lon + Wgs84.wrap180(p[0] - lon);
            c.y = p[1];
        });
        g.geometryChanged();
        return g;
    }

    /** A copy with every longitude in [-180, 180], as features are stored. */
    static Geometry wrapped(Geometry g) {
        Geometry copy = g.copy();
        copy.apply((CoordinateFilter) c -> c.x = Wgs84.wrap180(c.x));
        copy.geometryChanged();
        return copy;
    }

    static double tolerance(double r) {
        return BufferParameters.of(r).toleranceMetres(r);
    }

    /** The fast path with the default tolerance and refLon = the geometry's first x. */
    static Geometry fast(Geometry g, double r) {
        return HullSectionBuffer.buffer(g, r, tolerance(r), g.getCoordinate().x, FACTORY);
    }

    /**
     * Appends to {@code failures} whatever is wrong with a buffer of {@code source}: a boundary
     * point off r by more than the tolerance, an invalid polygon, a source vertex not covered.
     */
    static void check(Geometry buffer, Geometry source, double r, String label, List<String> failures) {
        if (buffer == null || buffer.isEmpty()) {
            failures.add(label + ": no buffer");
            return;
        }
        if (!buffer.isValid()) {
            failures.add(label + ": invalid buffer");
        }
        double worst = GeodesicBufferTest.worstBoundaryError(buffer, source, r);
        if (worst > tolerance(r)) {
            failures.add(
                    String.format("%s: worst boundary error %.3f m > tolerance %.3f m", label, worst, tolerance(r)));
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(buffer);
        for (Coordinate c : source.getCoordinates()) {
            if (!prepared.covers(FACTORY.createPoint(c))) {
                failures.add(label + ": source vertex " + c + " not covered");
                break;
            }
        }
    }

    /**
     * Checks the buffers of a shape at every radius and centre, through the fast path (which must
     * apply) and through GeodesicBuffer; returns the failures.
     */
    static List<String> checkEverywhere(String name, String wktMetres) {
        List<String> failures = new ArrayList<>();
        for (double[] centre : CENTRES) {
            Geometry source = placed(wktMetres, centre[0], centre[1]);
            for (double r : RADII) {
                String label = String.format("%s at (%s, %s), r = %.3f m", name, centre[0], centre[1], r);
                checkBothPaths(source, r, label, failures);
            }
        }
        return failures;
    }

    static void checkBothPaths(Geometry source, double r, String label, List<String> failures) {
        Geometry fast = fast(source, r);
        if (fast == null) {
            failures.add(label + ": the fast path refused it");
        } else {
            check(fast, source, r, label + " (fast path)", failures);
        }
        check(GeodesicBuffer.buffer(source, r), source, r, label + " (GeodesicBuffer)", failures);
    }

    static void assertNoFailures(List<String> failures) {
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    static int holes(Geometry g) {
        int holes = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            holes += ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
        }
        return holes;
    }

    @Test
    void pointBuffersAreWithinToleranceAtEveryRadiusAndLatitude() {
        assertNoFailures(checkEverywhere("point", POINT));
    }

    @Test
    void longThinStripIsWithinToleranceAtEveryRadiusAndLatitudeUpToSeventyNorth() {
        assertNoFailures(checkEverywhere("100 km x 300 m east-west strip", STRIP));
    }

    @Test
    void longThinDiagonalStripIsWithinToleranceAtEveryRadiusAndLatitudeUpToSeventyNorth() {
        assertNoFailures(checkEverywhere("100 km x 300 m diagonal strip", DIAGONAL_STRIP));
    }

    @Test
    void twoPartBuffersStaySeparateAtSmallRadiiAndMergeAtLargeOnes() {
        List<String> failures = checkEverywhere("two parcels", TWO_PARCELS);
        for (double[] centre : CENTRES) {
            Geometry source = placed(TWO_PARCELS, centre[0], centre[1]);
            for (double r : RADII) {
                int expected = 2 * r < 4000 ? 2 : 1;
                Geometry fast = fast(source, r);
                Geometry viaBuffer = GeodesicBuffer.buffer(source, r);
                if (fast == null || fast.getNumGeometries() != expected || viaBuffer.getNumGeometries() != expected) {
                    failures.add(String.format(
                            "two parcels at %s°N, r = %.0f m: expected %d parts", centre[1], r, expected));
                }
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void smallHoleIsFilledFromOneMileUpAndKeptAtOneHundredMetres() {
        List<String> failures = new ArrayList<>();
        for (double[] centre : CENTRES) {
            Geometry source = placed(SMALL_HOLE, centre[0], centre[1]);
            Geometry holeCentre = placed(POINT, centre[0], centre[1]);
            for (double r : RADII) {
                String label = String.format("6 km square with 1 km hole at %s°N, r = %.3f m", centre[1], r);
                Geometry viaBuffer = GeodesicBuffer.buffer(source, r);
                if (r < 500) {
                    // the hole survives: the fast path must refuse, the general path keep it
                    if (fast(source, r) != null) {
                        failures.add(label + ": the fast path took a hole that survives");
                    }
                    check(viaBuffer, source, r, label + " (GeodesicBuffer)", failures);
                    if (holes(viaBuffer) != 1 || viaBuffer.covers(holeCentre)) {
                        failures.add(label + ": the hole is not kept");
                    }
                } else {
                    checkBothPaths(source, r, label, failures);
                    Geometry fast = fast(source, r);
                    if (fast == null || holes(fast) != 0 || !fast.covers(holeCentre) || holes(viaBuffer) != 0) {
                        failures.add(label + ": the hole is not filled");
                    }
                }
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void realisticInstallationOutlinesAreWithinToleranceAtEveryRadiusAndLatitude() {
        List<String> failures = new ArrayList<>();
        for (int b = 0; b < BOXES.length; b++) {
            long seed = SEEDS[b];
            List<Geometry> outlines = InstallationOutlines.generate(4, seed, BOXES[b]);
            for (int i = 0; i < outlines.size(); i++) {
                Geometry source = outlines.get(i);
                for (double r : RADII) {
                    String label = String.format(
                            "InstallationOutlines.generate(4, %d, %s)[%d] (%d vertices), r = %.3f m",
                            seed, java.util.Arrays.toString(BOXES[b]), i, source.getNumPoints(), r);
                    checkBothPaths(source, r, label, failures);
                }
            }
        }
        assertNoFailures(failures);
    }

    /**
     * The benchmark's 800 outlines at the benchmark's radii all take the fast path and come out
     * valid (no fold or self-touch where offsets, arcs and corners meet) and covering their
     * source. Accuracy is sampled by the tests above; this one is about topology at scale: a
     * concave vertex after an edge shorter than its offsets' setback once folded one outline.
     */
    @Test
    void everyBenchmarkOutlineBuffersToAValidPolygonCoveringIt() {
        List<String> failures = new ArrayList<>();
        List<Geometry> outlines = InstallationOutlines.generate(800, 2026, BufferBenchmark.CONUS);
        for (double miles : new double[] {1, 30, 100}) {
            double r = LengthUnit.MILE.toMetres(miles);
            for (int i = 0; i < outlines.size(); i++) {
                Geometry source = outlines.get(i);
                Geometry buffer = fast(source, r);
                String label = "InstallationOutlines.generate(800, 2026, CONUS)[" + i + "] at " + miles + " mi";
                if (buffer == null) {
                    failures.add(label + ": the fast path refused it");
                } else if (!buffer.isValid()) {
                    failures.add(label + ": invalid buffer");
                } else if (!buffer.covers(source)) {
                    failures.add(label + ": does not cover its source");
                }
            }
        }
        assertNoFailures(failures);
    }

    /**
     * Jagged stars (the benchmark's stress set) have a hundred notches deeper than a mile each;
     * the fast path cuts them all and its union is within tolerance everywhere.
     */
    @Test
    void jaggedStarsWithHundredsOfDeepNotchesAreCutAndStayWithinTolerance() {
        List<String> failures = new ArrayList<>();
        double r = LengthUnit.MILE.toMetres(1);
        List<Geometry> stars = BufferBenchmark.stars(40, 2026);
        for (int i = 0; i < stars.size(); i += 8) {
            checkBothPaths(
                    stars.get(i),
                    r,
                    "BufferBenchmark.stars(40, 2026)[" + i + "] ("
                            + stars.get(i).getNumPoints() + " vertices), r = 1 mi",
                    failures);
        }
        assertNoFailures(failures);
    }

    @Test
    void realisticOutlineTooNotchedForTheFastPathAtOneHundredMetresIsWithinToleranceThroughGeodesicBuffer() {
        // a meandering 842-vertex outline at 70°N whose deep notches nest beyond the fast path's
        // cut limit at r = 100 m, so that GeodesicBuffer takes the general path
        Geometry source = InstallationOutlines.generate(4, 102, BOXES[2]).get(1);
        List<String> failures = new ArrayList<>();
        check(
                GeodesicBuffer.buffer(source, 100),
                source,
                100,
                "InstallationOutlines.generate(4, 102, " + java.util.Arrays.toString(BOXES[2])
                        + ")[1], r = 100 m (GeodesicBuffer)",
                failures);
        assertNoFailures(failures);
    }

    @Test
    void deepNarrowNotchBufferIsWithinToleranceAtEveryRadiusAndLatitude() {
        assertNoFailures(checkEverywhere("block with 4 km x 6 km U notch", NOTCH));
    }

    @Test
    void oneMileBufferOfADeepNotchWiderThanTwoMilesLeavesTheNotchInteriorOpen() {
        for (double[] centre : CENTRES) {
            Geometry source = placed(NOTCH, centre[0], centre[1]);
            String at = " at " + centre[1] + "°N";
            double tol = tolerance(MILE);
            double refLon = source.getCoordinate().x;
            // the notch is too deep for one outline: the fast path must cut it (NotchSplitter)
            assertNull(
                    HullSectionBuffer.outline(
                            ((Polygon) source).getExteriorRing().getCoordinates(), MILE, tol, refLon),
                    "one outline over the notch" + at);
            Geometry fast = HullSectionBuffer.buffer(source, MILE, tol, refLon, FACTORY);
            assertNotNull(fast, "fast path" + at);
            PreparedGeodesicGeometry exact = PreparedGeodesicGeometry.of(source);
            // 2 km from both walls of the notch, far below its mouth: outside the buffer
            Coordinate open = placed("POINT(0 2500)", centre[0], centre[1]).getCoordinate();
            assertTrue(exact.nearest(open.x, open.y).orElseThrow().distanceMetres() > MILE + tol, "open point" + at);
            // 1 km from the east wall: inside
            Coordinate near = placed("POINT(1000 2500)", centre[0], centre[1]).getCoordinate();
            assertTrue(exact.nearest(near.x, near.y).orElseThrow().distanceMetres() < MILE - tol, "near point" + at);
            for (Geometry buffer : List.of(fast, GeodesicBuffer.buffer(source, MILE))) {
                assertTrue(buffer.isValid(), "valid" + at);
                assertFalse(buffer.contains(FACTORY.createPoint(open)), "notch interior filled" + at);
                assertTrue(
                        buffer.contains(FACTORY.createPoint(near)), "point within r of the notch wall left out" + at);
            }
        }
    }

    @Test
    void buffersNearTheAntimeridianComeBackSplitWithinPlusMinus180AndWithinTolerance() {
        List<String> failures = new ArrayList<>();
        for (double lat : new double[] {45, 70}) {
            List<Geometry> sources = new ArrayList<>();
            sources.add(placed(POINT, 179.9, lat));
            sources.add(placed(STRIP, 179.9, lat));
            // 706 vertices, reaching 179.948 at 45°N and 180.0004 at 70°N
            sources.addAll(InstallationOutlines.generate(1, 4, new double[] {179.89, lat - 0.01, 179.91, lat + 0.01}));
            for (Geometry unwrapped : sources) {
                Geometry source = wrapped(unwrapped);
                for (double r : RADII) {
                    String label = String.format(
                            "%s of %d vertices at (179.9, %s), r = %.3f m",
                            source.getGeometryType(), source.getNumPoints(), lat, r);
                    Geometry fast = fast(unwrapped, r);
                    if (fast == null) {
                        failures.add(label + ": the fast path refused it");
                        continue;
                    }
                    check(fast, unwrapped, r, label + " (fast path, unwrapped)", failures);
                    Geometry split = GeodesicBuffer.buffer(source, r);
                    check(split, source, r, label + " (GeodesicBuffer)", failures);
                    Envelope e = split.getEnvelopeInternal();
                    if (e.getMinX() < -180 || e.getMaxX() > 180) {
                        failures.add(label + ": GeodesicBuffer result leaves [-180, 180]: " + e);
                    }
                    boolean crosses = fast.getEnvelopeInternal().getMaxX() > 180
                            || fast.getEnvelopeInternal().getMinX() < -180;
                    if (crosses && split.getNumGeometries() < 2) {
                        failures.add(label + ": crosses the antimeridian but is not split");
                    }
                    if (Math.abs(split.getArea() - fast.getArea()) > 1e-9 * fast.getArea()) {
                        failures.add(label + ": split parts' area " + split.getArea() + " != " + fast.getArea());
                    }
                }
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void ringZoneOfARealisticOutlineHasItsHoleAtOneMileAndItsOuterBoundaryAtOneHundredMiles() {
        for (double[] box : new double[][] {BOXES[1], BOXES[2]}) {
            // the first one-part outline without a hole
            Geometry source = InstallationOutlines.generate(10, 3, box).stream()
                    .filter(g -> g instanceof Polygon p && p.getNumInteriorRing() == 0)
                    .findFirst()
                    .orElseThrow();
            Geometry ring = GeodesicBuffer.ring(source, MILE, 100 * MILE);
            assertTrue(ring instanceof Polygon && ring.isValid(), "one valid polygon");
            Polygon zone = (Polygon) ring;
            assertEquals(1, zone.getNumInteriorRing());
            Polygon inner = FACTORY.createPolygon(zone.getInteriorRingN(0).getCoordinates());
            Polygon outer = FACTORY.createPolygon(zone.getExteriorRing().getCoordinates());
            double innerError = GeodesicBufferTest.worstBoundaryError(inner, source, MILE);
            double outerError = GeodesicBufferTest.worstBoundaryError(outer, source, 100 * MILE);
            assertTrue(innerError <= tolerance(MILE), "inner boundary off 1 mi by " + innerError + " m");
            assertTrue(outerError <= tolerance(100 * MILE), "outer boundary off 100 mi by " + outerError + " m");
            assertFalse(ring.intersects(source));
            assertTrue(inner.contains(source));
        }
    }

    @Test
    void polygonWithABigHoleIsRefusedByTheFastPathAndKeepsItsHoleThroughGeodesicBuffer() {
        List<String> failures = new ArrayList<>();
        for (double[] centre : new double[][] {CENTRES[1], CENTRES[2]}) {
            Geometry source = placed(BIG_HOLE, centre[0], centre[1]);
            Geometry holeCentre = placed(POINT, centre[0], centre[1]);
            for (double r : new double[] {100, MILE}) {
                String label = String.format("20 km square with 10 km hole at %s°N, r = %.3f m", centre[1], r);
                if (fast(source, r) != null) {
                    failures.add(label + ": the fast path took a hole that survives");
                }
                Geometry buffer = GeodesicBuffer.buffer(source, r);
                check(buffer, source, r, label + " (GeodesicBuffer)", failures);
                if (holes(buffer) != 1 || buffer.covers(holeCentre)) {
                    failures.add(label + ": the hole is not kept");
                }
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void lineStringIsRefusedByTheFastPathAndBufferedWithinToleranceThroughGeodesicBuffer() {
        List<String> failures = new ArrayList<>();
        for (double[] centre : CENTRES) {
            Geometry line = placed(LINE, centre[0], centre[1]);
            for (double r : new double[] {100, MILE, 30 * MILE}) {
                String label = String.format("line at %s°N, r = %.3f m", centre[1], r);
                if (fast(line, r) != null) {
                    failures.add(label + ": the fast path took a line");
                }
                check(GeodesicBuffer.buffer(line, r), line, r, label + " (GeodesicBuffer)", failures);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void circleVerticesShareOneDistanceJustOutsideTheRadiusAndAreTheDirectProblemsPoints() {
        for (double[] centre : new double[][] {CENTRES[0], CENTRES[1], CENTRES[2], {179.9, 45}}) {
            for (double r : RADII) {
                // the fast path's circle, unsplit, so that every vertex is one it placed
                Geometry circle = fast(FACTORY.createPoint(new Coordinate(centre[0], centre[1])), r);
                assertNotNull(circle);
                Coordinate[] c = circle.getCoordinates();
                assertTrue(c.length > 8);
                // vertices are lifted so that the chords straddle the circle: out by at most 0.8·tol
                double lifted = Geodesic.distance(centre[0], centre[1], c[0].x, c[0].y);
                String circleAt = "circle of r = " + r + " about " + java.util.Arrays.toString(centre);
                assertTrue(lifted > r && lifted <= r + 0.8 * tolerance(r) + 1e-3, circleAt + ": vertices at " + lifted);
                for (Coordinate v : c) {
                    String at = "vertex " + v + " of the " + circleAt;
                    assertEquals(lifted, Geodesic.distance(centre[0], centre[1], v.x, v.y), 1e-3, at);
                    // the direct problem at the vertex's own azimuth lands on it
                    double[] p = Geodesic.destination(
                            centre[0], centre[1], Geodesic.azimuth(centre[0], centre[1], v.x, v.y), lifted);
                    // (metres from degrees locally: SIS asserts on the inverse problem between near-coincident points)
                    double north = Math.toRadians(p[1] - v.y) * Wgs84.MAX_RADIUS;
                    double east = Math.toRadians(Wgs84.wrap180(p[0] - v.x))
                            * Wgs84.MAX_RADIUS
                            * Math.cos(Math.toRadians(v.y));
                    assertEquals(0, Math.hypot(north, east), 1e-3, at);
                }
            }
        }
    }

    @Test
    void circlesPassThroughGeographicLibDirectProblemPoints() {
        // GeodSolve 2.1.2 rows of test-data/ok/geodesic-direct.txt: lon1 lat1 azi1 s12 -> lon2 lat2
        double[][] rows = {
            {-104.867, 41.133, 45, 1609.344, -104.85344502042676, 41.14324603418461},
            {-104.867, 41.133, 90, 160934.4, -102.95064392514873, 41.11705870726537},
            {179.9, 52.0, 90, 50000, -179.37198932072744, 51.99775031867076},
        };
        for (double[] row : rows) {
            Geometry circle = GeodesicBuffer.circle(row[0], row[1], row[3]);
            double off = PreparedGeodesicGeometry.of(circle.getBoundary())
                    .nearest(row[4], row[5])
                    .orElseThrow()
                    .distanceMetres();
            assertTrue(
                    off <= tolerance(row[3]),
                    "GeodSolve point " + row[4] + " " + row[5] + " is " + off + " m off the circle");
        }
    }
}
