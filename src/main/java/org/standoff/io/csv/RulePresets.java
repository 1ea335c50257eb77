package org.standoff.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.model.FeatureFilter;
import org.standoff.model.LayerRole;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * The rule-set presets shipped with Standoff, read from {@code rule-presets.csv} beside this
 * class: the distance rules of RULES.md (federal CFIUS bands, state laws, what-if bills) and
 * analyst radii for substations, each with its citation and status. Rule sets are data, not
 * code (DESIGN.md decision 9): the file is the place to change a preset.
 */
public final class RulePresets {

    static final double MILE = 1609.344;

    private RulePresets() {}

    /** All presets, grouped into rule sets in file order. */
    public static List<RuleSet> load() {
        try (InputStream in = RulePresets.class.getResourceAsStream("rule-presets.csv")) {
            if (in == null) {
                throw new IllegalStateException("rule-presets.csv is missing from the application");
            }
            CsvFile csv = CsvFile.parse(in.readAllBytes(), Path.of("rule-presets.csv"), StandardCharsets.UTF_8, ',');
            List<String> h = csv.header();
            Map<String, List<Rule>> sets = new LinkedHashMap<>();
            for (CsvRecord r : csv.records()) {
                String set = r.fields().get(h.indexOf("set"));
                double inner = Double.parseDouble(r.fields().get(h.indexOf("inner_miles"))) * MILE;
                double outer = Double.parseDouble(r.fields().get(h.indexOf("outer_miles"))) * MILE;
                Rule rule = new Rule(
                        r.fields().get(h.indexOf("id")),
                        r.fields().get(h.indexOf("name")),
                        LayerRole.valueOf(r.fields().get(h.indexOf("role"))),
                        new Zone.Band(inner, outer),
                        FeatureFilter.ALL,
                        r.fields().get(h.indexOf("citation")),
                        Rule.Status.valueOf(r.fields().get(h.indexOf("status"))),
                        "Applies to " + r.fields().get(h.indexOf("applies_to")) + ". "
                                + r.fields().get(h.indexOf("notes")));
                sets.computeIfAbsent(set, k -> new ArrayList<>()).add(rule);
            }
            List<RuleSet> out = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, List<Rule>> e : sets.entrySet()) {
                out.add(new RuleSet("preset-" + (++n), e.getKey(), e.getValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rule presets", e);
        } catch (CsvException e) {
            throw new IllegalStateException("the bundled rule presets are malformed: " + e.getMessage(), e);
        }
    }
}
