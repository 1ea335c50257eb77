package org.standoff.ui.sites;

import java.util.Locale;
import java.util.function.Predicate;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteStatus;
import org.standoff.render.SiteSymbols;

/**
 * The sites table's filter: free text (name, operator, owner, country, address, source,
 * notes), a status (or "needs review" for sites whose status was kept as written), control
 * (foreign or not) and owner country. Null criteria match everything. Immutable.
 */
public record SitesFilter(String text, StatusChoice status, SiteSymbols.Control control, String country)
        implements Predicate<MiningSite> {

    /** Status choices of the filter: each status, or any site whose status needs review. */
    public enum StatusChoice {
        OPERATING,
        UNDER_CONSTRUCTION,
        PLANNED,
        CLOSED,
        NEEDS_REVIEW;

        boolean matches(MiningSite s) {
            if (this == NEEDS_REVIEW) {
                return s.status().needsReview() || s.status().isEmpty();
            }
            return s.status()
                    .known()
                    .map(st -> st == SiteStatus.valueOf(name()))
                    .orElse(false);
        }
    }

    public static final SitesFilter NONE = new SitesFilter(null, null, null, null);

    @Override
    public boolean test(MiningSite s) {
        if (status != null && !status.matches(s)) {
            return false;
        }
        if (control != null && SiteSymbols.Control.of(s) != control) {
            return false;
        }
        if (country != null
                && !country.isBlank()
                && (s.ownerCountry() == null || !s.ownerCountry().equalsIgnoreCase(country.strip()))) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        for (String field :
                new String[] {s.name(), s.operator(), s.owner(), s.ownerCountry(), s.address(), s.source(), s.notes()
                }) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    public SitesFilter withText(String t) {
        return new SitesFilter(t, status, control, country);
    }

    public SitesFilter withStatus(StatusChoice st) {
        return new SitesFilter(text, st, control, country);
    }

    public SitesFilter withControl(SiteSymbols.Control c) {
        return new SitesFilter(text, status, c, country);
    }

    public SitesFilter withCountry(String c) {
        return new SitesFilter(text, status, control, c);
    }
}
