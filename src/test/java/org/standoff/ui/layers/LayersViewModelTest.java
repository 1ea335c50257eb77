package org.standoff.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.model.LayerRole;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;
import org.standoff.ui.command.UndoManager;

/** Layer edits and their undo, without JavaFX controls. */
class LayersViewModelTest {

    private final UndoManager undo = new UndoManager();
    private final LayersViewModel vm = new LayersViewModel(undo);
    private final ProjectLayer a = vm.newLayer(SyntheticData.substations(10, 1));
    private final ProjectLayer b = vm.newLayer(SyntheticData.installations(5, 2));

    @Test
    void addsNewLayersOnTopWithAGuessedRole() {
        vm.add(a);
        vm.add(b);
        assertEquals(List.of(b, a), List.copyOf(vm.layers()));
        assertEquals(List.of(a, b), vm.drawingOrder());
        assertEquals(LayerRole.SUBSTATIONS, a.role());
        assertEquals(LayerRole.INSTALLATIONS, b.role());
    }

    @Test
    void removeIsUndoneInPlace() {
        vm.add(a);
        vm.add(b);
        vm.remove(b);
        assertEquals(List.of(a), List.copyOf(vm.layers()));
        undo.undo();
        assertEquals(List.of(b, a), List.copyOf(vm.layers()));
    }

    @Test
    void moveAndItsUndo() {
        vm.add(a);
        vm.add(b);
        vm.move(b, 1);
        assertEquals(List.of(a, b), List.copyOf(vm.layers()));
        undo.undo();
        assertEquals(List.of(b, a), List.copyOf(vm.layers()));
        vm.move(b, -1);
        assertEquals(List.of(b, a), List.copyOf(vm.layers()), "cannot move past the top");
    }

    @Test
    void styleChangeSurvivesAVisibilityToggleAndUndoes() {
        vm.add(a);
        ProjectLayer red = a.withStyle(a.style().withColor("#ff0000"));
        vm.change(a, red, "Style");
        vm.setVisible(vm.layers().get(0), false);
        undo.undo();
        ProjectLayer now = vm.layers().get(0);
        assertEquals(a.style(), now.style());
        assertFalse(now.visible(), "undoing the style keeps the visibility the user chose");
        undo.redo();
        assertEquals("#ff0000", vm.layers().get(0).style().color());
    }

    @Test
    void removingALayerClearsItsIdentifiedFeature() {
        vm.add(a);
        vm.identifiedProperty()
                .set(new LayersViewModel.Identified(a, a.data().features().get(0)));
        vm.remove(a);
        assertNull(vm.identifiedProperty().get());
    }
}
