package org.standoff.model;

import java.util.Objects;

/**
 * One thing wrong or doubtful about a mining site: the field (named as in the store's columns,
 * e.g. {@code capacity_mw}), a plain-language message for an analyst, and how serious it is.
 *
 * @param field the schema field name, e.g. {@code latitude}, {@code status}
 * @param message a sentence saying what is wrong and, where useful, what to do
 * @param severity whether the site can be stored at all
 */
public record SiteProblem(String field, String message, Severity severity) {

    /** How serious a problem is. */
    public enum Severity {
        /** The site cannot be stored (its location is unusable). */
        BLOCKING,
        /** The site is stored as is but a person should check this value. */
        REVIEW
    }

    public SiteProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** A problem that only calls for review. */
    public static SiteProblem review(String field, String message) {
        return new SiteProblem(field, message, Severity.REVIEW);
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
