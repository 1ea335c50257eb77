package org.standoff.analysis;

import java.util.List;
import java.util.Optional;
import org.standoff.model.Zone;

/**
 * What screening found for one site: the nearest installation and substation (over every layer
 * of that role) and each zone band the site lies in, with the distance that decided it.
 * Distances are exact geodesic metres on WGS84 (DESIGN.md decision 2). Immutable.
 */
public record Finding(
        long siteId,
        Optional<NearestFeature> nearestInstallation,
        Optional<NearestFeature> nearestSubstation,
        List<ZoneHit> hits) {

    public Finding {
        hits = List.copyOf(hits);
    }

    /**
     * The nearest feature of some layer, and where on it the distance was measured to.
     * {@code datumAccuracyMetres} is the stated accuracy of the datum transformation that brought
     * the feature's layer to WGS 84 (DESIGN.md decision 1): the distance is exact on WGS 84, but
     * only as right as the feature's position, so it is shown beside it. NaN when not known (no
     * transformation was known, or the layer does not record one).
     */
    public record NearestFeature(
            String layerId,
            String layerName,
            long featureId,
            String featureName,
            double distanceMetres,
            double nearestLon,
            double nearestLat,
            double datumAccuracyMetres) {

        /** A feature whose layer's datum accuracy is not known. */
        public NearestFeature(
                String layerId,
                String layerName,
                long featureId,
                String featureName,
                double distanceMetres,
                double nearestLon,
                double nearestLat) {
            this(layerId, layerName, featureId, featureName, distanceMetres, nearestLon, nearestLat, Double.NaN);
        }
    }

    /**
     * A zone band the site lies in. {@code distanceMetres} is the distance to the zone's source
     * (the nearest chosen feature, the circle's centre, the polygon); {@code featureName} names
     * that feature for layer zones, else null.
     */
    public record ZoneHit(
            String zoneId,
            String zoneName,
            int bandIndex,
            Zone.Band band,
            double distanceMetres,
            String featureName,
            String ruleId) {}

    /** True when the site lies in at least one zone. */
    public boolean flagged() {
        return !hits.isEmpty();
    }
}
