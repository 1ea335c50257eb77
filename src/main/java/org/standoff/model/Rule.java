package org.standoff.model;

import java.util.Objects;

/**
 * One distance rule of a rule set (DESIGN.md decision 9, RULES.md): a band of distances from
 * the boundary of features of a given role, with the citation and legal status it rests on.
 * Standoff screens against rules; it gives no legal verdict. Immutable.
 *
 * @param appliesTo which features of the role's layers the rule covers (a regulation's list)
 */
public record Rule(
        String id,
        String name,
        LayerRole role,
        Zone.Band band,
        FeatureFilter appliesTo,
        String citation,
        Status status,
        String notes) {

    /** Where a rule stands in law. */
    public enum Status {
        IN_FORCE("in force"),
        PROPOSED("proposal"),
        FAILED("failed: what-if only"),
        USER("user-defined");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(status, "status");
        appliesTo = appliesTo == null ? FeatureFilter.ALL : appliesTo;
        citation = citation == null ? "" : citation;
        notes = notes == null ? "" : notes;
    }
}
