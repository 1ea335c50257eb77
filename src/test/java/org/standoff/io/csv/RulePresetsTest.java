package org.standoff.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;

/** The presets carry RULES.md's radii, citations and statuses. */
class RulePresetsTest {

    private static Rule rule(String id) {
        return RulePresets.load().stream()
                .flatMap(s -> s.rules().stream())
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void federalCloseProximityIsAOneMileDiscCitingThe802Rule() {
        Rule r = rule("cfius-close");
        assertEquals(0, r.band().innerMetres());
        assertEquals(1609.344, r.band().outerMetres(), 1e-9);
        assertEquals("31 CFR 802.203", r.citation());
        assertEquals(Rule.Status.IN_FORCE, r.status());
    }

    @Test
    void federalExtendedRangeIsARingFromOneToOneHundredMiles() {
        Rule r = rule("cfius-extended");
        assertTrue(r.band().isRing());
        assertEquals(1609.344, r.band().innerMetres(), 1e-9);
        assertEquals(160934.4, r.band().outerMetres(), 1e-6);
    }

    @Test
    void theFailedArkansasBillIsMarkedWhatIf() {
        assertEquals(Rule.Status.FAILED, rule("ar-sb60").status());
        assertEquals(30 * 1609.344, rule("ar-sb60").band().outerMetres(), 1e-6);
    }

    @Test
    void groupsRulesIntoNamedSets() {
        List<RuleSet> sets = RulePresets.load();
        assertTrue(sets.size() >= 4);
        assertEquals("Federal (CFIUS real estate)", sets.get(0).name());
        assertEquals(2, sets.get(0).rules().size());
    }
}
