package org.standoff.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.standoff.model.MiningSite;

/**
 * A site and its finding side by side: one row of the findings table and of exports. Distances
 * stay in metres here; formatting to the display unit happens where they are shown. Immutable.
 */
public record FindingRow(MiningSite site, Finding finding) {

    /** Distance to the nearest installation in metres, or +infinity when there is none. */
    public double installationMetres() {
        return finding.nearestInstallation()
                .map(Finding.NearestFeature::distanceMetres)
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** Distance to the nearest substation in metres, or +infinity when there is none. */
    public double substationMetres() {
        return finding.nearestSubstation()
                .map(Finding.NearestFeature::distanceMetres)
                .orElse(Double.POSITIVE_INFINITY);
    }

    /** The stated datum accuracy of the nearest installation's layer in metres; NaN when unknown or there is none. */
    public double installationDatumAccuracyMetres() {
        return finding.nearestInstallation()
                .map(Finding.NearestFeature::datumAccuracyMetres)
                .orElse(Double.NaN);
    }

    /** The stated datum accuracy of the nearest substation's layer in metres; NaN when unknown or there is none. */
    public double substationDatumAccuracyMetres() {
        return finding.nearestSubstation()
                .map(Finding.NearestFeature::datumAccuracyMetres)
                .orElse(Double.NaN);
    }

    public String installationName() {
        return finding.nearestInstallation()
                .map(Finding.NearestFeature::featureName)
                .orElse("");
    }

    public String substationName() {
        return finding.nearestSubstation()
                .map(Finding.NearestFeature::featureName)
                .orElse("");
    }

    /** The distinct names of the zones and rules the site lies in, e.g. "CFIUS close proximity; Substation 5 miles". */
    public String zonesText() {
        return finding.hits().stream().map(Finding.ZoneHit::zoneName).distinct().collect(Collectors.joining("; "));
    }

    /** Why the site is flagged, in words: each zone with the feature and distance that decided it. */
    public List<String> reasons(java.util.function.DoubleFunction<String> distance) {
        return finding.hits().stream()
                .map(h -> h.zoneName() + ": " + distance.apply(h.distanceMetres())
                        + (h.featureName() == null ? "" : " from " + h.featureName()))
                .toList();
    }
}
