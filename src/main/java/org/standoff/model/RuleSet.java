package org.standoff.model;

import java.util.List;
import java.util.Objects;

/** A named, editable list of rules, e.g. "Federal (CFIUS)" or the analyst's own. Immutable. */
public record RuleSet(String id, String name, List<Rule> rules) {
    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
    }
}
