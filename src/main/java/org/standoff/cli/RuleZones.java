package org.standoff.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * Zones from distance rules without the window, the way the desktop's Rules dialog makes them:
 * one zone per rule and per layer of the rule's role, measured from the features the rule
 * applies to (or those matching the given names), with the rule's id kept for its citation.
 * Rules are found by id or by name, ignoring case. Stateless.
 */
final class RuleZones {

    /** Zone colours in the order the desktop hands them out. */
    static final String[] PALETTE = {"#c0392b", "#8e44ad", "#d35400", "#16a085", "#2c3e50", "#b7950b", "#1f618d"};

    private RuleZones() {}

    /** The rule named {@code nameOrId} among the project's rule sets; a clear error listing them when none is. */
    static Rule find(List<RuleSet> sets, String nameOrId) {
        String want = nameOrId.strip().toLowerCase(Locale.ROOT);
        for (RuleSet set : sets) {
            for (Rule r : set.rules()) {
                if (r.id().equalsIgnoreCase(want)
                        || r.name().toLowerCase(Locale.ROOT).equals(want)) {
                    return r;
                }
            }
        }
        String known = sets.stream()
                .flatMap(s -> s.rules().stream())
                .map(r -> r.id() + " (" + r.name() + ")")
                .collect(Collectors.joining(", "));
        throw new CliInputException("no rule named '" + nameOrId + "'; the rules are: " + known);
    }

    /**
     * Zones for the rules over the project's layers; {@code names} (may be empty) restricts them
     * to the features whose names match. Fails when no layer has a rule's role.
     */
    static List<Zone> zones(Project p, List<Rule> rules, List<String> names) {
        Set<String> ids = new HashSet<>();
        p.zones().forEach(z -> ids.add(z.id()));
        List<Zone> out = new ArrayList<>();
        for (Rule r : rules) {
            List<ProjectLayer> layers =
                    p.layers().stream().filter(l -> l.role() == r.role()).toList();
            if (layers.isEmpty()) {
                throw new CliInputException("rule '" + r.name() + "' measures from "
                        + r.role().label() + " and the project has no such layer"
                        + " (add one with: standoff project add-layer PROJECT.gpkg FILE.shp --role "
                        + r.role().name().toLowerCase(Locale.ROOT) + ")");
            }
            for (ProjectLayer l : layers) {
                FeatureFilter f = names == null || names.isEmpty() ? r.appliesTo() : FeatureFilter.names(names);
                out.add(new Zone(
                        newId(ids),
                        r.name(),
                        Zone.Kind.LAYER_BUFFER,
                        l.id(),
                        f,
                        null,
                        List.of(r.band()),
                        true,
                        PALETTE[(p.zones().size() + out.size()) % PALETTE.length],
                        r.id()));
            }
        }
        return out;
    }

    /** A zone id the set does not hold yet (and then holds). */
    static String newId(Set<String> ids) {
        int n = ids.size() + 1;
        while (ids.contains("zone-" + n)) {
            n++;
        }
        ids.add("zone-" + n);
        return "zone-" + n;
    }

    /** The project screened by the named rules alone: its own zones replaced by the rules' zones. */
    static Project underRules(Project p, List<String> ruleNames) {
        List<Rule> chosen = ruleNames.stream().map(n -> find(ruleSets(p), n)).toList();
        return withZones(p, zones(withZones(p, List.of()), chosen, List.of()));
    }

    /** The project with other zones. */
    static Project withZones(Project p, List<Zone> zones) {
        return new Project(p.name(), p.layers(), p.sites(), zones, p.ruleSets(), p.view(), p.settings());
    }

    /** The project's rule sets, or the shipped presets when it has none. */
    static List<RuleSet> ruleSets(Project p) {
        return p.ruleSets().isEmpty() ? org.standoff.io.csv.RulePresets.load() : p.ruleSets();
    }
}
