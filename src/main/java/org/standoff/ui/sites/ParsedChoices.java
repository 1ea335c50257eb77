package org.standoff.ui.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.standoff.model.Confidence;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;

/**
 * The options of the form's choice boxes for values read from text (status, confidence,
 * foreign control): "not given", each known value, and, when the site came with text that was
 * not understood, that text as written, so the user can keep it instead of being forced to
 * guess. Options are {@link Parsed} values themselves, so the chosen one goes into the site
 * unchanged.
 */
final class ParsedChoices {

    private ParsedChoices() {}

    static List<Parsed<SiteStatus>> statuses(Parsed<SiteStatus> current) {
        return options(List.of(SiteStatus.values()), current);
    }

    static List<Parsed<Confidence>> confidences(Parsed<Confidence> current) {
        return options(List.of(Confidence.values()), current);
    }

    static List<Parsed<Boolean>> yesNo(Parsed<Boolean> current) {
        return options(List.of(Boolean.TRUE, Boolean.FALSE), current);
    }

    private static <T> List<Parsed<T>> options(List<T> known, Parsed<T> current) {
        List<Parsed<T>> out = new ArrayList<>();
        out.add(Parsed.empty());
        known.forEach(k -> out.add(Parsed.of(k)));
        if (current.needsReview()) {
            out.add(current);
        }
        return out;
    }

    /** Shows an option: {@code empty} for "not given", the known value formatted, or the raw text marked for review. */
    static <T> StringConverter<Parsed<T>> converter(String empty, Function<T, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Parsed<T> p) {
                if (p == null || p.isEmpty()) {
                    return empty;
                }
                return p.isKnown()
                        ? format.apply(p.value())
                        : "\u201c" + p.text() + "\u201d (as written, needs review)";
            }

            @Override
            public Parsed<T> fromString(String s) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
    }
}
