package org.standoff.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which features of a layer a zone or rule applies to: all, those with the given ids (a
 * selection), those whose name matches one of a list of names the user pasted (as when a
 * regulation lists installations by name), or those whose value in one attribute field matches
 * ("COMPONENT" matching "Air Force"). Matching ignores case, punctuation and extra spaces, and a
 * listed name or value matches a feature's text that contains it ("Warren" matches
 * "F.E. Warren AFB"). For {@link Mode#ATTRIBUTE} {@code names} holds the field name, then the
 * value. Immutable.
 */
public record FeatureFilter(Mode mode, Set<Long> ids, List<String> names) {

    /** How features are chosen. */
    public enum Mode {
        ALL,
        IDS,
        NAMES,
        ATTRIBUTE
    }

    public static final FeatureFilter ALL = new FeatureFilter(Mode.ALL, Set.of(), List.of());

    public FeatureFilter {
        ids = Set.copyOf(ids);
        names = List.copyOf(names);
    }

    public static FeatureFilter ids(Set<Long> ids) {
        return new FeatureFilter(Mode.IDS, ids, List.of());
    }

    public static FeatureFilter names(List<String> names) {
        return new FeatureFilter(
                Mode.NAMES,
                Set.of(),
                names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** Features whose value in {@code field} (any case) contains {@code value}, ignoring case and punctuation. */
    public static FeatureFilter attribute(String field, String value) {
        return new FeatureFilter(Mode.ATTRIBUTE, Set.of(), List.of(field.strip(), value.strip()));
    }

    /** True when the feature of that layer is chosen. */
    public boolean accepts(Feature f, Layer layer) {
        return switch (mode) {
            case ALL -> true;
            case IDS -> ids.contains(f.id());
            case NAMES -> {
                String n = normalise(layer.featureName(f));
                yield names.stream().map(FeatureFilter::normalise).anyMatch(w -> !w.isEmpty() && n.contains(w));
            }
            case ATTRIBUTE -> {
                int i = names.size() == 2 ? layer.fieldIndex(names.get(0)) : -1;
                Object v = i < 0 ? null : f.value(i);
                String want = names.size() == 2 ? normalise(names.get(1)) : "";
                yield v != null && !want.isEmpty() && normalise(v.toString()).contains(want);
            }
        };
    }

    static String normalise(String s) {
        return s == null
                ? ""
                : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
