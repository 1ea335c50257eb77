package org.standoff.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A briefing never goes out with a marking nobody chose: its texts are kept with the project (issue #19). */
class BriefingTextsTest {

    @Test
    void theTextsOfTheLastBriefingAreThoseTheNextDialogOpensWith() {
        BriefingLayouts layouts = new BriefingLayouts();
        BriefingViewModel first = new BriefingViewModel(layouts);
        first.titleProperty().set("Cheyenne mining sites");
        first.subtitleProperty().set("Laramie County, December 2026");
        first.markingProperty().set("SECRET//NOFORN");
        first.markingColourProperty().set("#c8102e");
        first.authorProperty().set("J. Analyst");

        BriefingViewModel again = new BriefingViewModel(layouts);
        assertEquals("Cheyenne mining sites", again.titleProperty().get());
        assertEquals("Laramie County, December 2026", again.subtitleProperty().get());
        assertEquals("SECRET//NOFORN", again.markingProperty().get());
        assertEquals("#c8102e", again.markingColourProperty().get());
        assertEquals("J. Analyst", again.authorProperty().get());
    }

    @Test
    void theTextsTravelWithTheProjectsSettings() {
        BriefingLayouts layouts = new BriefingLayouts();
        BriefingViewModel vm = new BriefingViewModel(layouts);
        vm.markingProperty().set("CUI");
        vm.save();
        Map<String, String> settings = layouts.toSettings();
        assertEquals("CUI", settings.get("print.text.marking"));

        BriefingLayouts reopened = BriefingLayouts.fromSettings(settings);
        assertEquals(
                "CUI",
                new BriefingViewModel(reopened).markingProperty().get(),
                "after the project is saved and opened again");
        assertEquals(1, reopened.layouts().size());
    }

    @Test
    void savingALayoutOrChangingATextIsAChangeToTheProjectAndLoadingIsNot() {
        BriefingLayouts layouts = new BriefingLayouts();
        long r0 = layouts.revisionProperty().get();
        layouts.load(Map.of("print.text.title", "Loaded"));
        assertEquals(r0, layouts.revisionProperty().get(), "loading a project changes nothing");
        BriefingViewModel vm = new BriefingViewModel(layouts);
        assertEquals("Loaded", vm.titleProperty().get());
        vm.save();
        long r1 = layouts.revisionProperty().get();
        assertTrue(r1 > r0, "saving a layout marks the project changed");
        vm.authorProperty().set("someone else");
        assertTrue(layouts.revisionProperty().get() > r1, "a text edit too");
    }

    @Test
    void theDefaultMarkingCountsAsUnchosenUntilTheAnalystSetsOrConfirmsOne() {
        BriefingLayouts layouts = new BriefingLayouts();
        BriefingViewModel vm = new BriefingViewModel(layouts);
        assertTrue(vm.markingIsUnchosenDefault());
        vm.markingProperty().set("SECRET");
        assertFalse(vm.markingIsUnchosenDefault());
        vm.markingProperty().set(BriefingViewModel.DEFAULT_MARKING);
        assertFalse(vm.markingIsUnchosenDefault(), "typed back to UNCLASSIFIED: chosen now");
        assertFalse(
                new BriefingViewModel(BriefingLayouts.fromSettings(layouts.toSettings())).markingIsUnchosenDefault());
    }
}
