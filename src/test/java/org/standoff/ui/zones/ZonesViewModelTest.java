package org.standoff.ui.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.io.csv.RulePresets;
import org.standoff.model.FeatureFilter;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.Zone;
import org.standoff.sample.SyntheticData;
import org.standoff.ui.command.UndoManager;

class ZonesViewModelTest {

    private final UndoManager undo = new UndoManager();
    private final ZonesViewModel vm = new ZonesViewModel(undo);
    private final ProjectLayer bases = new ProjectLayer(
            "b",
            SyntheticData.installations(5, 1),
            LayerRole.INSTALLATIONS,
            LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
            true);
    private final ProjectLayer subs = new ProjectLayer(
            "s",
            SyntheticData.substations(5, 1),
            LayerRole.SUBSTATIONS,
            LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
            true);

    @Test
    void aRuleBecomesOneZonePerLayerOfItsRoleMeasuredFromThePastedNames() {
        Rule extended = RulePresets.load().get(0).rules().get(1);
        List<Zone> made = vm.zonesFor(List.of(extended), List.of(bases, subs), List.of("Installation 3"));
        assertEquals(1, made.size());
        Zone z = made.get(0);
        assertEquals("b", z.sourceLayerId());
        assertEquals(extended.band(), z.bands().get(0));
        assertEquals(FeatureFilter.Mode.NAMES, z.filter().mode());
        assertEquals(extended.id(), z.ruleId());
    }

    @Test
    void applyingRulesIsOneUndoableStep() {
        List<Zone> made = vm.zonesFor(RulePresets.load().get(0).rules(), List.of(bases), List.of());
        vm.addAll(made, "Apply rules");
        assertEquals(2, vm.zones().size());
        undo.undo();
        assertTrue(vm.zones().isEmpty());
    }

    @Test
    void userRulesGoToMyRules() {
        Rule mine = new Rule(
                "u1",
                "Five miles",
                LayerRole.SUBSTATIONS,
                Zone.Band.disc(8046.72),
                null,
                "analyst",
                Rule.Status.USER,
                "");
        vm.addUserRule(mine);
        vm.addUserRule(mine);
        assertEquals("My rules", vm.ruleSets().get(0).name());
        assertEquals(2, vm.ruleSets().get(0).rules().size());
    }

    @Test
    void anEditedZoneStaysSelectedThroughEditUndoAndRedoEvenWhenTheListDropsItsSelection() {
        Zone z = vm.zonesFor(RulePresets.load().get(0).rules(), List.of(bases), List.of())
                .get(0);
        vm.add(z);
        vm.selectedProperty().set(z);
        // what a ListView does when its selected item is replaced
        vm.zones().addListener((javafx.collections.ListChangeListener<Zone>)
                c -> vm.selectedProperty().set(null));
        Zone wider = z.withBands(List.of(Zone.Band.disc(20_000)));
        vm.update(z, wider, "Change Radius of");
        assertEquals(wider, vm.selectedProperty().get());
        undo.undo();
        assertEquals(z, vm.selectedProperty().get());
        undo.redo();
        assertEquals(wider, vm.selectedProperty().get());
    }
}
