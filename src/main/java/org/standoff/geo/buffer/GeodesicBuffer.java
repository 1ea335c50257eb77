package org.standoff.geo.buffer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.standoff.geo.Wgs84;
import org.standoff.geo.distance.GeodesicDistance;
import org.standoff.geo.distance.PreparedGeodesicGeometry;

/**
 * Geodesic buffers for drawing: the set of points within a geodesic distance r of a feature on
 * the WGS84 ellipsoid (a polygon measured from its boundary outward, the polygon included),
 * rings between two radii, optionally dissolved, as JTS polygons in longitude/latitude.
 *
 * <p><b>Use.</b> Buffers are for display only. Whether a site is in a zone is decided by the
 * exact distance of {@link GeodesicDistance}, never by a point-in-buffer test (DESIGN.md).
 *
 * <p><b>Algorithm.</b> Points, multipoints and polygons (holes too small to survive the buffer
 * allowed) take the fast path, {@link HullSectionBuffer}: the outline is built over the convex
 * hull's sections as the envelope of equal geodesic discs, with one exact direct geodesic problem
 * (Karney, {@link GeodesicDirect}) per output vertex, at r from its foot on the feature (inside
 * arcs, a little beyond, so that chords straddle the circle). Anything
 * it declines (lines, surviving holes, very large features) takes the general path: the feature's
 * boundary is first simplified (JTS topology-preserving Douglas-Peucker) within a fifth of the
 * tolerance, which moves every distance by at most that; the buffer is then the union (JTS OverlayNG, cascaded) of the
 * feature's polygons with, for each edge, the strip out to its geodesic offset and, at each convex
 * vertex, the geodesic circle sector between the normals of its two edges
 * ({@code BufferPieces}). A ring is buffer(r2) minus buffer(r1).
 *
 * <p><b>Accuracy.</b> Every point of the returned boundary, including points along its straight
 * lon/lat segments, is within {@link BufferParameters#toleranceMetres} (default 0.01 % of the
 * radius or 1 m, whichever is larger) of the radius in exact geodesic distance from the
 * feature; {@code GeodesicBufferTest} samples boundaries densely to check it, at the
 * antimeridian and at 161 km near 70°N too.
 *
 * <p><b>Limitations.</b> A buffer that would contain a pole is refused with a
 * {@link BufferLimitException} whose message says so; a buffer must span less than 180° of
 * longitude. Buffers crossing the antimeridian are returned split at ±180° (a MultiPolygon whose
 * parts meet at the seam). Input polygons must be valid.
 *
 * <p><b>Thread safety.</b> Static and thread-safe. {@link #buffer(List, BufferParameters)} runs
 * the features in parallel on the common fork-join pool.
 */
public final class GeodesicBuffer {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeodesicBuffer() {}

    /**
     * The geodesic circle of radius r around a point, default tolerance.
     *
     * @throws BufferLimitException if the circle would contain a pole
     */
    public static Geometry circle(double lon, double lat, double radiusMetres) {
        return buffer(FACTORY.createPoint(new Coordinate(lon, lat)), radiusMetres);
    }

    /** The buffer of radius r of one geometry (the geometry included), default tolerance. */
    public static Geometry buffer(Geometry geometry, double radiusMetres) {
        return zone(geometry, BufferParameters.of(radiusMetres));
    }

    /** The ring between r1 and r2 around one geometry: buffer(r2) minus buffer(r1). */
    public static Geometry ring(Geometry geometry, double innerRadiusMetres, double outerRadiusMetres) {
        return zone(geometry, BufferParameters.ring(innerRadiusMetres, outerRadiusMetres));
    }

    /**
     * The zones of many geometries: one per geometry in input order, or a single dissolved one.
     *
     * @throws BufferLimitException if a buffer would contain a pole
     */
    public static List<Geometry> buffer(List<Geometry> geometries, BufferParameters parameters) {
        return buffer(geometries, List.of(parameters)).get(0);
    }

    /**
     * The zones of many geometries for several parameter sets at once (the radii of a rule, the
     * bands of a zone, the radii of a command): for each parameter set, in its order, one zone per
     * geometry in input order or a single dissolved one. Each geometry is prepared once for all
     * the radii, which is cheaper than one call per radius.
     *
     * @throws BufferLimitException if a buffer would contain a pole
     */
    public static List<List<Geometry>> buffer(List<Geometry> geometries, List<BufferParameters> parameters) {
        List<Geometry[]> perGeometry =
                geometries.parallelStream().map(g -> zones(g, parameters)).toList();
        List<List<Geometry>> out = new ArrayList<>(parameters.size());
        for (int k = 0; k < parameters.size(); k++) {
            List<Geometry> zones = new ArrayList<>(geometries.size());
            for (Geometry[] z : perGeometry) {
                zones.add(z[k]);
            }
            if (parameters.get(k).output() == BufferOutput.PER_FEATURE) {
                out.add(zones);
            } else {
                out.add(List.of(Dissolve.union(zones, FACTORY)));
            }
        }
        return out;
    }

    /**
     * The zone of one geometry per the parameters (their output mode ignored).
     *
     * @throws BufferLimitException if the buffer would contain a pole
     */
    public static Geometry zone(Geometry geometry, BufferParameters parameters) {
        return zones(geometry, List.of(parameters))[0];
    }

    /** The zones of one geometry for each parameter set, every distinct radius computed once. */
    private static Geometry[] zones(Geometry geometry, List<BufferParameters> parameters) {
        Geometry[] out = new Geometry[parameters.size()];
        if (geometry.isEmpty()) {
            Arrays.setAll(out, k -> FACTORY.createPolygon());
            return out;
        }
        for (BufferParameters p : parameters) {
            refuseAroundAPole(geometry, p.outerRadiusMetres());
        }
        double refLon = geometry.getCoordinate().x;
        Geometry unwrapped = unwrap(geometry, refLon);
        List<Double> radii = new ArrayList<>();
        List<BufferRadius> wanted = new ArrayList<>();
        for (BufferParameters p : parameters) {
            for (double r : new double[] {p.outerRadiusMetres(), p.innerRadiusMetres()}) {
                if (r > 0 && !radii.contains(r)) {
                    radii.add(r);
                    wanted.add(new BufferRadius(r, p.toleranceMetres(r)));
                }
            }
        }
        Geometry[] raw = HullSectionBuffer.buffers(unwrapped, wanted, refLon, FACTORY);
        for (int k = 0; k < raw.length; k++) {
            if (raw[k] == null) {
                raw[k] =
                        general(unwrapped, wanted.get(k).metres(), wanted.get(k).toleranceMetres(), refLon);
            }
        }
        for (int k = 0; k < out.length; k++) {
            BufferParameters p = parameters.get(k);
            double outer = p.outerRadiusMetres();
            Geometry zone = raw[radii.indexOf(outer)];
            if (p.innerRadiusMetres() > 0) {
                double inner = p.innerRadiusMetres();
                zone = ringOf(
                        zone,
                        raw[radii.indexOf(inner)],
                        outer - p.toleranceMetres(outer) > inner + p.toleranceMetres(inner));
            }
            out[k] = splitAtAntimeridian(zone);
        }
        return out;
    }

    /**
     * outer minus inner. When both are single polygons without holes and their outlines are
     * provably apart (outer's is nowhere nearer the feature than r2 − tol2, inner's nowhere
     * farther than r1 + tol1), inner lies strictly inside outer and the ring is outer's shell
     * with inner's as its hole, with no overlay needed.
     */
    private static Geometry ringOf(Geometry outer, Geometry inner, boolean apart) {
        if (apart
                && outer instanceof Polygon o
                && inner instanceof Polygon i
                && o.getNumInteriorRing() == 0
                && i.getNumInteriorRing() == 0) {
            return FACTORY.createPolygon(o.getExteriorRing(), new LinearRing[] {i.getExteriorRing()});
        }
        return outer.difference(inner);
    }

    /**
     * Refuses a buffer that would reach a pole: cheaply ruled out unless the feature comes within
     * r of latitude 89° (a degree of latitude is at least 110.5 km); then decided by the exact
     * geodesic distance from the pole to the feature.
     */
    private static void refuseAroundAPole(Geometry geometry, double radius) {
        Envelope e = geometry.getEnvelopeInternal();
        double reach = Wgs84.reachDegrees(radius);
        for (int pole = -1; pole <= 1; pole += 2) {
            double nearestLat = pole > 0 ? e.getMaxY() : -e.getMinY();
            if (nearestLat + reach < 89) {
                continue;
            }
            double distance = PreparedGeodesicGeometry.of(geometry)
                    .nearest(0, 90 * pole)
                    .orElseThrow()
                    .distanceMetres();
            // within a kilometre of the pole the outline is too close to draw in longitude/latitude
            if (distance <= radius + 1000) {
                throw new BufferLimitException(String.format(
                        Locale.ROOT,
                        "A buffer of %,.1f km cannot be drawn: the feature is %,.1f km from the %s Pole, so the buffer would contain it, "
                                + "and Standoff draws no buffer around a pole rather than draw it wrong.",
                        radius / 1000,
                        distance / 1000,
                        pole > 0 ? "North" : "South"));
            }
        }
    }

    /** The general path, for what {@link HullSectionBuffer} declines: the union of exact pieces. */
    private static Geometry general(Geometry unwrapped, double radius, double tolerance, double refLon) {
        Geometry simple = TopologyPreservingSimplifier.simplify(unwrapped, tolerance / 5 / Wgs84.MAX_METRES_PER_DEGREE);
        List<Geometry> pieces = BufferPieces.of(simple, radius, tolerance, refLon, FACTORY);
        return withoutSliverHoles(UnaryUnionOp.union(pieces, FACTORY), tolerance);
    }

    /**
     * The polygons of g without the holes smaller than tol² that a union of overlapping pieces
     * leaves where their edges nearly coincide (zero-area rings touching the feature). No hole of
     * a buffer is that small at this tolerance, so dropping them moves no boundary by more than it.
     */
    static Geometry withoutSliverHoles(Geometry g, double tolerance) {
        double limit = Math.pow(tolerance / Wgs84.MAX_METRES_PER_DEGREE, 2);
        List<Polygon> parts = new ArrayList<>();
        boolean changed = false;
        for (Object o : PolygonExtracter.getPolygons(g)) {
            Polygon p = (Polygon) o;
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                LinearRing hole = p.getInteriorRingN(h);
                if (Math.abs(Area.ofRing(hole.getCoordinateSequence())) >= limit) {
                    holes.add(hole);
                }
            }
            changed |= holes.size() != p.getNumInteriorRing();
            parts.add(FACTORY.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new)));
        }
        return changed ? FACTORY.buildGeometry(parts) : g;
    }

    /** A copy whose longitudes are within 180° of refLon, so a feature across ±180° is continuous. */
    private static Geometry unwrap(Geometry g, double refLon) {
        Envelope e = g.getEnvelopeInternal();
        if (e.getMaxX() - refLon <= 180 && refLon - e.getMinX() < 180) {
            return g; // already continuous: nothing crosses the antimeridian
        }
        Geometry copy = g.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x = refLon + Wgs84.wrap180(c.x - refLon));
        copy.geometryChanged();
        return copy;
    }

    /** Cuts a geometry whose longitudes leave [-180, 180] at the antimeridian and shifts the parts back. */
    static Geometry splitAtAntimeridian(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        if (e.isNull() || (e.getMinX() >= -180 && e.getMaxX() <= 180)) {
            return g;
        }
        List<Polygon> parts = new ArrayList<>();
        for (int shift = -720; shift <= 720; shift += 360) {
            Geometry window = FACTORY.toGeometry(new Envelope(-180 - shift, 180 - shift, -90, 90));
            if (!window.getEnvelopeInternal().intersects(e)) {
                continue;
            }
            Geometry part = g.intersection(window);
            if (!part.isEmpty()) {
                part = AffineTransformation.translationInstance(shift, 0).transform(part);
                for (Object p : PolygonExtracter.getPolygons(part)) {
                    parts.add((Polygon) p);
                }
            }
        }
        return FACTORY.buildGeometry(parts);
    }
}
