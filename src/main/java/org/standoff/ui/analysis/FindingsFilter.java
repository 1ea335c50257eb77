package org.standoff.ui.analysis;

import java.util.Locale;
import java.util.function.Predicate;
import org.standoff.analysis.FindingRow;
import org.standoff.render.SiteSymbols;

/**
 * The findings table's filter, as analysts phrase it: "within 30 mi of any base",
 * "foreign-controlled and within any zone", plus free text on the site and feature names.
 * {@code maxInstallationMetres} is NaN for no distance limit. Immutable.
 */
public record FindingsFilter(String text, double maxInstallationMetres, boolean foreignOnly, boolean inZoneOnly)
        implements Predicate<FindingRow> {

    public static final FindingsFilter NONE = new FindingsFilter("", Double.NaN, false, false);

    @Override
    public boolean test(FindingRow r) {
        if (!Double.isNaN(maxInstallationMetres) && !(r.installationMetres() <= maxInstallationMetres)) {
            return false;
        }
        if (foreignOnly && SiteSymbols.Control.of(r.site()) != SiteSymbols.Control.FOREIGN) {
            return false;
        }
        if (inZoneOnly && !r.finding().flagged()) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return contains(r.site().name(), t)
                || contains(r.installationName(), t)
                || contains(r.substationName(), t)
                || contains(r.zonesText(), t);
    }

    private static boolean contains(String s, String needle) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
    }

    public FindingsFilter withText(String t) {
        return new FindingsFilter(t, maxInstallationMetres, foreignOnly, inZoneOnly);
    }

    public FindingsFilter withMaxInstallationMetres(double m) {
        return new FindingsFilter(text, m, foreignOnly, inZoneOnly);
    }

    public FindingsFilter withForeignOnly(boolean f) {
        return new FindingsFilter(text, maxInstallationMetres, f, inZoneOnly);
    }

    public FindingsFilter withInZoneOnly(boolean z) {
        return new FindingsFilter(text, maxInstallationMetres, foreignOnly, z);
    }
}
