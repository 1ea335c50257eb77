package org.standoff.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.standoff.geo.NearestPoint;
import org.standoff.geo.PreparedGeodesicGeometry;
import org.standoff.model.Feature;
import org.standoff.model.Layer;

/**
 * An immutable index over one layer's features for exact geodesic queries: the nearest feature
 * to a point, and all features within a radius, sorted by distance.
 *
 * <p><b>Guarantee.</b> Answers are exactly those of a brute-force scan computing
 * {@link org.standoff.geo.GeodesicDistance} to every feature (distance to a polygon's boundary,
 * 0 inside; WGS84 ellipsoid; see that class for accuracy). Ties in distance go to the feature
 * earliest in the layer. Empty geometries are never found.
 *
 * <p><b>Algorithm.</b> A JTS {@link STRtree} of the features' lon/lat envelopes (features running
 * past ±180° are also entered shifted by 360°) is queried with the boxes of {@link LonLatBox},
 * which provably contain everything within a geodesic radius. {@link #nearest} starts with a
 * radius of about the features' spacing and quadruples it until the best exact distance found lies
 * within the radius searched; candidates are sorted by a 3-D chord lower bound on their
 * distance and measured exactly in that order, with the best distance so far as a cut-off, until
 * the bound exceeds it.
 *
 * <p><b>Thread safety.</b> Immutable once built (the tree is built eagerly); any number of
 * threads may query concurrently.
 */
public final class FeatureIndex {

    /** The first search radius never goes below this. */
    static final double MIN_FIRST_RADIUS_M = 1_000;
    /** Beyond half the meridian (~20,004 km) every box is the whole world. */
    private static final double WORLD_RADIUS_M = 2.1e7;

    private final long[] ids;
    private final PreparedGeodesicGeometry[] prepared;
    private final STRtree tree = new STRtree();
    /** About the spacing of features: the side of the square each would have over the layer's box. */
    private final double firstRadius;

    private FeatureIndex(List<Feature> features) {
        ids = new long[features.size()];
        prepared = new PreparedGeodesicGeometry[features.size()];
        for (int i = 0; i < ids.length; i++) {
            Feature f = features.get(i);
            ids[i] = f.id();
            prepared[i] = PreparedGeodesicGeometry.of(f.geometry());
            if (prepared[i].isEmpty()) {
                continue;
            }
            Envelope e = f.geometry().getEnvelopeInternal();
            tree.insert(e, i);
            if (e.getMaxX() > 180) {
                tree.insert(new Envelope(e.getMinX() - 360, e.getMaxX() - 360, e.getMinY(), e.getMaxY()), i);
            }
            if (e.getMinX() < -180) {
                tree.insert(new Envelope(e.getMinX() + 360, e.getMaxX() + 360, e.getMinY(), e.getMaxY()), i);
            }
        }
        tree.build();
        Envelope all = new Envelope();
        features.forEach(f -> all.expandToInclude(f.geometry().getEnvelopeInternal()));
        double side = all.isNull() ? 0 : Math.sqrt(all.getArea() / Math.max(1, tree.size())) * 111_000
                * Math.cos(Math.toRadians(Math.min(80, Math.abs(all.centre().y))));
        firstRadius = Math.max(MIN_FIRST_RADIUS_M, side);
    }

    /** Indexes the features of a layer; {@link Nearest#featureIndex()} is the position in {@link Layer#features()}. */
    public static FeatureIndex of(Layer layer) {
        return new FeatureIndex(layer.features());
    }

    /** Indexes a list of features; {@link Nearest#featureIndex()} is the position in this list. */
    public static FeatureIndex of(List<Feature> features) {
        return new FeatureIndex(List.copyOf(features));
    }

    /** The number of features indexed, empty ones included. */
    public int size() {
        return ids.length;
    }

    /**
     * The feature nearest to a point (the earliest one among equally near); empty when the index
     * holds no non-empty feature.
     *
     * @throws IllegalArgumentException for a latitude outside [-90, 90] or a non-finite value
     */
    public Optional<Nearest> nearest(double lon, double lat) {
        check(lon, lat);
        Best best = new Best();
        Set<Integer> seen = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (double radius = firstRadius; ; radius *= 4) {
            candidates.clear();
            for (Envelope box : LonLatBox.around(lon, lat, radius)) {
                tree.query(box, item -> {
                    int i = (Integer) item;
                    if (seen.add(i)) {
                        candidates.add(new Candidate(i, prepared[i].lowerBound(lon, lat)));
                    }
                });
            }
            // Nearest bound first: the first exact distances are small, so the rest stop early.
            candidates.sort(Comparator.comparingDouble(Candidate::bound));
            for (Candidate c : candidates) {
                if (c.bound() > best.distance) {
                    break;
                }
                // nextUp keeps exact ties, which then go to the lower index.
                prepared[c.index()].nearestCloserThan(lon, lat, Math.nextUp(best.distance)).ifPresent(n -> best.offer(c.index(), n));
            }
            if (best.distance <= radius || radius >= WORLD_RADIUS_M) {
                break;
            }
        }
        return best.index < 0 ? Optional.empty()
                : Optional.of(new Nearest(best.index, ids[best.index], best.distance, best.point.lon(), best.point.lat()));
    }

    /**
     * Every feature within {@code radiusMetres} (inclusive) of a point, nearest first (ties by
     * position in the layer).
     *
     * @throws IllegalArgumentException for invalid coordinates or a negative or non-finite radius
     */
    public List<Nearest> within(double lon, double lat, double radiusMetres) {
        check(lon, lat);
        if (!(radiusMetres >= 0) || Double.isInfinite(radiusMetres)) {
            throw new IllegalArgumentException("Radius must be finite and non-negative: " + radiusMetres);
        }
        Set<Integer> seen = new HashSet<>();
        List<Nearest> found = new ArrayList<>();
        for (Envelope box : LonLatBox.around(lon, lat, radiusMetres)) {
            tree.query(box, item -> {
                int i = (Integer) item;
                if (seen.add(i) && prepared[i].lowerBound(lon, lat) <= radiusMetres) {
                    prepared[i].nearestCloserThan(lon, lat, Math.nextUp(radiusMetres))
                            .ifPresent(n -> found.add(new Nearest(i, ids[i], n.distanceMetres(), n.lon(), n.lat())));
                }
            });
        }
        found.sort(Comparator.comparingDouble(Nearest::distanceMetres).thenComparingInt(Nearest::featureIndex));
        return found;
    }

    private static void check(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Not a valid longitude/latitude: " + lon + ", " + lat);
        }
    }

    /** A feature met by a query, with a lower bound on its distance. */
    private record Candidate(int index, double bound) {
    }

    /** The best candidate of one nearest query. */
    private static final class Best {
        double distance = Double.POSITIVE_INFINITY;
        int index = -1;
        NearestPoint point;

        void offer(int i, NearestPoint n) {
            if (n.distanceMetres() < distance || (n.distanceMetres() == distance && i < index)) {
                distance = n.distanceMetres();
                index = i;
                point = n;
            }
        }
    }
}
