package org.standoff.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;

/** The attribute table's rows, filter and value order, without a toolkit. */
class AttributeTableModelTest {

    private final ProjectLayer subs = new ProjectLayer(
            "s",
            SyntheticData.substations(300, 7),
            LayerRole.SUBSTATIONS,
            LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
            true);

    @Test
    void theFilterKeepsFeaturesWithAnyValueContainingTheTextIgnoringCase() {
        AttributeTableModel m = new AttributeTableModel(subs);
        assertEquals(300, m.rows().size());
        assertEquals("300 features", m.countText());
        String name = AttributeTableModel.text(
                subs.data().features().get(41), subs.data().nameFieldIndex());
        m.filterProperty().set(name.toUpperCase(java.util.Locale.ROOT));
        assertTrue(m.rows().contains(subs.data().features().get(41)), name);
        assertTrue(m.rows().stream().allMatch(f -> {
            for (int i = 0; i < subs.data().fields().size(); i++) {
                if (AttributeTableModel.text(f, i)
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }));
        assertEquals(m.rows().size() + " of 300 features", m.countText());
        m.filterProperty().set("  ");
        assertEquals(300, m.rows().size(), "a blank filter shows everything");
    }

    @Test
    void valuesSortAsNumbersByValueAndEmptyValuesLast() {
        List<Object> numbers = new ArrayList<>(java.util.Arrays.asList(10L, null, 9.5, "", 100));
        numbers.sort(AttributeTableModel.VALUE_ORDER);
        assertEquals(
                java.util.Arrays.asList(9.5, 10L, 100, null, ""),
                numbers,
                "by value, not as text (\"10\" < \"9.5\"); empty last");
        List<Object> text = new ArrayList<>(java.util.Arrays.asList("b", "", "A", "c"));
        text.sort(AttributeTableModel.VALUE_ORDER);
        assertEquals(List.of("A", "b", "c", ""), text, "case ignored, empty last");
    }
}
