package org.standoff.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link ProximityOp} for one site: for each index passed to the operation, in
 * the same order, the nearest feature, or empty when that index holds no feature. Immutable.
 */
public record SiteProximity(Site site, List<Optional<Nearest>> nearest) {

    public SiteProximity {
        nearest = List.copyOf(nearest);
    }
}
