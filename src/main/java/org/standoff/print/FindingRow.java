package org.standoff.print;

import java.util.List;

/**
 * One row of the findings table: a site, its nearest installation and substation with their
 * (already formatted) distances, and the rules it trips. Texts are shown as given, shortened with
 * an ellipsis when they do not fit their cell. Immutable; nulls become empty text.
 */
public record FindingRow(
        String site,
        String nearestInstallation,
        String installationDistance,
        String nearestSubstation,
        String substationDistance,
        String rulesTripped) {

    /** The default column headers, in the order of the record's components. */
    public static final List<String> HEADERS =
            List.of("Site", "Nearest installation", "Distance", "Nearest substation", "Distance", "Rules tripped");

    public FindingRow {
        site = nz(site);
        nearestInstallation = nz(nearestInstallation);
        installationDistance = nz(installationDistance);
        nearestSubstation = nz(nearestSubstation);
        substationDistance = nz(substationDistance);
        rulesTripped = nz(rulesTripped);
    }

    /** The cells in column order. */
    public List<String> cells() {
        return List.of(
                site, nearestInstallation, installationDistance, nearestSubstation, substationDistance, rulesTripped);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
