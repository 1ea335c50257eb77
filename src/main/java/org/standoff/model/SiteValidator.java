package org.standoff.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a mining site against the rules of DESIGN.md decision 8 and says, in plain language
 * and per field, what is wrong or doubtful.
 *
 * <p>Rules: latitude in [-90, 90] and longitude in [-180, 180], both finite (else
 * {@link SiteProblem.Severity#BLOCKING}: the store refuses the site); and, for review only,
 * a name is required, capacity must be a positive number when present, status and confidence
 * must be known values, foreign control must be yes/no, the owner country must be a country
 * name or ISO code, and "confirmed" needs a source. Review problems do not stop storing, so an
 * import keeps every row that has a location; an edit form may still choose to insist on them.
 * Field names are the store's column names ({@code latitude}, {@code capacity_mw}, ...).
 *
 * <p>Stateless and thread-safe. It does not look at other sites (duplicates are the
 * importer's business) and does not check that a source is reachable.
 */
public final class SiteValidator {

    private SiteValidator() {}

    /** Every problem with {@code site}, blocking ones first; empty when it is fine. */
    public static List<SiteProblem> validate(MiningSite site) {
        List<SiteProblem> out = new ArrayList<>(locationProblems(site.lon(), site.lat()));
        if (site.name() == null) {
            out.add(SiteProblem.review("name", "Name is required: give the site a name."));
        }
        Parsed<Double> capacity = site.capacityMw();
        if (capacity.needsReview()) {
            out.add(SiteProblem.review(
                    "capacity_mw",
                    "Capacity \"" + capacity.text()
                            + "\" is not a number of megawatts; it is kept as written for review."));
        } else if (capacity.isKnown() && !(capacity.value() > 0 && Double.isFinite(capacity.value()))) {
            out.add(SiteProblem.review(
                    "capacity_mw",
                    "Capacity must be a positive number of megawatts, not " + SiteText.number(capacity.value()) + "."));
        }
        if (site.status().needsReview()) {
            out.add(SiteProblem.review(
                    "status",
                    "Status \"" + site.status().text() + "\" is not one of: " + SiteStatus.codes()
                            + "; it is kept as written for review."));
        }
        if (site.confidence().needsReview()) {
            out.add(SiteProblem.review(
                    "confidence",
                    "Confidence \"" + site.confidence().text() + "\" is not one of: " + Confidence.codes()
                            + "; it is kept as written for review."));
        }
        if (site.confidence().value() == Confidence.CONFIRMED && site.source() == null) {
            out.add(SiteProblem.review(
                    "confidence",
                    "A site can be marked confirmed only with a source: add the "
                            + "source citation or lower the confidence. Until then it does not count as confirmed."));
        }
        if (site.foreignControlled().needsReview()) {
            out.add(SiteProblem.review(
                    "foreign_controlled",
                    "Foreign-controlled \"" + site.foreignControlled().text()
                            + "\" is neither yes nor no; it is kept as written for review."));
        }
        if (site.ownerCountry() != null && !Countries.isKnown(site.ownerCountry())) {
            out.add(SiteProblem.review(
                    "owner_country",
                    "Owner country \"" + site.ownerCountry()
                            + "\" is not a recognised country name or ISO code; it is kept as written for review."));
        }
        return out;
    }

    /** The blocking problems of a location alone: what stops a site from being stored. */
    public static List<SiteProblem> locationProblems(double lon, double lat) {
        List<SiteProblem> out = new ArrayList<>(2);
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            out.add(new SiteProblem(
                    "latitude",
                    "Latitude " + SiteText.number(lat) + " is outside -90 to 90 degrees.",
                    SiteProblem.Severity.BLOCKING));
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            out.add(new SiteProblem(
                    "longitude",
                    "Longitude " + SiteText.number(lon) + " is outside -180 to 180 degrees.",
                    SiteProblem.Severity.BLOCKING));
        }
        return out;
    }
}
