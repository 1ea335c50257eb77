package org.standoff.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.print.BriefingLayout;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;

/** Named layouts kept in the project's settings map, and read back. */
class BriefingLayoutsTest {

    @Test
    void roundTripsThroughSettingsUnderPrefixedKeys() {
        BriefingLayouts layouts = new BriefingLayouts();
        BriefingLayout wide =
                BriefingLayout.defaultFor(Paper.TABLOID, Orientation.LANDSCAPE).withName("Wall map");
        BriefingLayout a4 =
                BriefingLayout.defaultFor(Paper.A4, Orientation.PORTRAIT).withName("A4 handout");
        layouts.save(wide);
        layouts.save(a4);
        Map<String, String> settings = layouts.toSettings();
        assertEquals(List.of("print.layout.A4 handout", "print.layout.Wall map"), List.copyOf(settings.keySet()));

        Map<String, String> project = new HashMap<>(settings);
        project.put("display.unit", "MILE");
        BriefingLayouts read = BriefingLayouts.fromSettings(project);
        assertEquals(List.of(a4, wide), List.copyOf(read.layouts()));
        assertEquals(List.of(), read.problems());
    }

    @Test
    void savingUnderAnExistingNameReplacesIt() {
        BriefingLayouts layouts = new BriefingLayouts();
        layouts.save(
                BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE).withName("Layout 1"));
        layouts.save(BriefingLayout.defaultFor(Paper.A3, Orientation.LANDSCAPE).withName("Layout 1"));
        assertEquals(1, layouts.layouts().size());
        assertEquals(Paper.A3, layouts.layouts().get(0).paper());
        assertEquals("Layout 2", layouts.freshName());
    }

    @Test
    void anUnreadableLayoutIsLeftOutAndReported() {
        BriefingLayout ok =
                BriefingLayout.defaultFor(Paper.LETTER, Orientation.PORTRAIT).withName("Good");
        BriefingLayouts read = BriefingLayouts.fromSettings(
                Map.of("print.layout.Good", ok.toJson(), "print.layout.Broken", "{\"name\": 3"));
        assertEquals(List.of(ok), List.copyOf(read.layouts()));
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).contains("'Broken'"), read.problems().toString());
    }
}
