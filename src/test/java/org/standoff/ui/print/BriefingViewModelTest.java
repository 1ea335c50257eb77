package org.standoff.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.standoff.print.BriefingLayout;
import org.standoff.print.ElementKind;
import org.standoff.print.LayoutElement;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;
import org.standoff.print.Rect;

/** Layout edits in the dialog's view model, and undo, without JavaFX. */
class BriefingViewModelTest {

    private final BriefingViewModel vm = new BriefingViewModel(new BriefingLayouts());

    private int index(ElementKind k) {
        for (int i = 0; i < vm.layout().elements().size(); i++) {
            if (vm.layout().elements().get(i).kind() == k) {
                return i;
            }
        }
        throw new AssertionError(k);
    }

    @Test
    void theTitleStartsAsTheProjectsTitleUntilAnotherIsKept() {
        BriefingLayouts saved = new BriefingLayouts();
        saved.setProjectTitle("Cheyenne screening");
        assertEquals(
                "Cheyenne screening",
                new BriefingViewModel(saved).titleProperty().get());
        saved.setText(BriefingLayouts.Text.TITLE, "Kept title");
        assertEquals("Kept title", new BriefingViewModel(saved).titleProperty().get());
    }

    @Test
    void movesAndResizesWithinThePrintableAreaAndUndoesStepByStep() {
        BriefingLayout before = vm.layout();
        int legend = index(ElementKind.LEGEND);
        vm.setBounds(legend, new Rect(0.9, -0.2, 0.3, 0.3));
        LayoutElement moved = vm.layout().elements().get(legend);
        assertEquals(new Rect(0.7, 0, 0.3, 0.3), moved.bounds(), "kept inside the area");
        vm.setBounds(legend, new Rect(0.7, 0, 0.001, 0.5));
        assertEquals(
                BriefingViewModel.MIN_FRACTION,
                vm.layout().elements().get(legend).bounds().width(),
                1e-12);
        assertTrue(vm.undo());
        assertEquals(moved, vm.layout().elements().get(legend));
        assertTrue(vm.undo());
        assertEquals(before, vm.layout());
        assertFalse(vm.undo());
    }

    @Test
    void orientationTakesTheStandardArrangementButKeepsWhatIsHidden() {
        vm.setVisible(BriefingViewModel.Toggle.LOCATOR, false);
        vm.setPaper(Paper.A4);
        vm.setOrientation(Orientation.PORTRAIT);
        assertEquals(Paper.A4, vm.layout().paper());
        assertEquals(
                BriefingLayout.defaultFor(Paper.A4, Orientation.PORTRAIT)
                        .elements()
                        .get(index(ElementKind.MAP))
                        .bounds(),
                vm.layout().elements().get(index(ElementKind.MAP)).bounds());
        assertFalse(vm.isVisible(BriefingViewModel.Toggle.LOCATOR));
        assertTrue(vm.isVisible(BriefingViewModel.Toggle.LEGEND));
    }

    @Test
    void savesAndReopensNamedLayouts() {
        vm.layoutNameProperty().set("Handout");
        vm.setPaper(Paper.LEGAL);
        vm.save();
        vm.newLayout();
        assertEquals("Layout 1", vm.layoutNameProperty().get());
        vm.setPaper(Paper.A3);
        vm.open("Handout");
        assertEquals(Paper.LEGAL, vm.layout().paper());
        assertEquals("Handout", vm.layout().name());
        assertEquals(1, vm.savedLayouts().layouts().size());
    }
}
