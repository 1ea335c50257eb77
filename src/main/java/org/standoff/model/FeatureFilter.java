package org.standoff.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which features of a layer a zone or rule applies to: all, those with the given ids (a
 * selection), or those whose name matches one of a list of names the user pasted (as when a
 * regulation lists installations by name). Name matching ignores case, punctuation and extra
 * spaces, and a listed name matches a feature name that contains it ("Warren" matches
 * "F.E. Warren AFB"). Immutable.
 */
public record FeatureFilter(Mode mode, Set<Long> ids, List<String> names) {

    /** How features are chosen. */
    public enum Mode {
        ALL,
        IDS,
        NAMES
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
        return new FeatureFilter(Mode.NAMES, Set.of(), names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** True when the feature (with its display name) is chosen. */
    public boolean accepts(long featureId, String featureName) {
        return switch (mode) {
            case ALL -> true;
            case IDS -> ids.contains(featureId);
            case NAMES -> {
                String n = normalise(featureName);
                yield names.stream().map(FeatureFilter::normalise).anyMatch(w -> !w.isEmpty() && n.contains(w));
            }
        };
    }

    static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
