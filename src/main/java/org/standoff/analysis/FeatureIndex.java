package org.standoff.analysis;

import java.util.List;
import java.util.Optional;
import org.standoff.geo.distance.PreparedGeodesicGeometry;
import org.standoff.model.Feature;
import org.standoff.model.Layer;

/**
 * An immutable index over one layer's features for exact geodesic queries: the nearest feature
 * to a point.
 *
 * <p><b>Guarantee.</b> Answers are exactly those of a brute-force scan computing
 * {@link org.standoff.geo.distance.GeodesicDistance} to every feature (distance to a polygon's boundary,
 * 0 inside; WGS84 ellipsoid; see that class for accuracy), to the last bit. Ties in distance go
 * to the feature earliest in the layer. Empty geometries are never found.
 *
 * <p><b>Algorithm.</b> Every element of every feature (each edge of its lines and rings, each
 * lone point) is an entry of one {@link ElementTree} in earth-centred coordinates, so a large
 * outline is searched by edge, not whole; polygons' areas are listed in an {@link AreaGrid} for
 * the distance-0 test. {@link #nearest} is a best-first search over that tree with chord lower
 * bounds ({@link NearestSearch}): its cost depends on the local density of edges and points
 * near the answer, not on how far away the answer is, and it measures exactly only the
 * elements whose bound is below the answer.
 *
 * <p><b>Memory.</b> About 60 bytes per element in the tree plus the prepared geometries
 * (about 70 bytes per vertex).
 *
 * <p><b>Thread safety.</b> Immutable once built (everything is built eagerly); any number of
 * threads may query concurrently. Each thread keeps its own search scratch.
 */
public final class FeatureIndex {

    /** From this many features a layer is prepared in parallel (on the fork/join pool the build runs in). */
    private static final int PARALLEL_FEATURES = 256;

    private final long[] ids;
    private final PreparedGeodesicGeometry[] prepared;
    private final ElementTree tree;
    private final AreaGrid areas;

    private FeatureIndex(List<Feature> features) {
        ids = new long[features.size()];
        prepared = new PreparedGeodesicGeometry[features.size()];
        // preparing is most of the build (earth-centred vertices, boxes, reaches): in parallel for a large layer,
        // each feature in its own slot, so the index is the same however it is split
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, ids.length);
        (ids.length >= PARALLEL_FEATURES ? range.parallel() : range).forEach(i -> {
            Feature f = features.get(i);
            ids[i] = f.id();
            prepared[i] = PreparedGeodesicGeometry.of(f.geometry());
        });
        tree = new ElementTree(prepared);
        areas = new AreaGrid(prepared);
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
        NearestSearch s = NearestSearch.get();
        s.run(prepared, tree, areas, lon, lat);
        return s.feature < 0
                ? Optional.empty()
                : Optional.of(new Nearest(s.feature, ids[s.feature], s.distance, s.footLon, s.footLat));
    }
}
