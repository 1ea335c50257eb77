package org.standoff.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class FeatureFilterTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private final Layer bases = new Layer(
            "bases",
            List.of(Field.of("NAME", FieldType.STRING), Field.of("COMPONENT", FieldType.STRING)),
            List.of(
                    feature(1, "F.E. Warren AFB", "Air Force"),
                    feature(2, "Fort Carson", "Army"),
                    feature(3, "Buckley SFB", "Space Force"),
                    feature(4, "Unknown site", null)),
            null);

    private static Feature feature(long id, String name, String component) {
        return new Feature(id, GF.createPoint(new Coordinate(-104, 41)), new Object[] {name, component});
    }

    private List<Long> chosen(FeatureFilter f) {
        return bases.features().stream()
                .filter(x -> f.accepts(x, bases))
                .map(Feature::id)
                .toList();
    }

    @Test
    void anAttributeFilterMatchesTheFieldValueIgnoringCaseAndPunctuation() {
        assertEquals(List.of(1L), chosen(FeatureFilter.attribute("component", "air force")));
        assertEquals(List.of(1L, 3L), chosen(FeatureFilter.attribute("COMPONENT", "Force")));
        assertEquals(List.of(2L), chosen(FeatureFilter.attribute(" COMPONENT ", " ARMY ")));
    }

    @Test
    void anAttributeFilterOnAMissingFieldOrEmptyValueChoosesNothing() {
        assertEquals(List.of(), chosen(FeatureFilter.attribute("BRANCH", "Army")));
        assertEquals(List.of(), chosen(FeatureFilter.attribute("COMPONENT", "   ")));
        assertFalse(
                FeatureFilter.attribute("COMPONENT", "Army")
                        .accepts(bases.features().get(3), bases),
                "a null value matches nothing");
    }

    @Test
    void namesIdsAndAllStillChooseAsBefore() {
        assertEquals(List.of(1L), chosen(FeatureFilter.names(List.of("warren"))));
        assertEquals(List.of(2L, 3L), chosen(FeatureFilter.ids(java.util.Set.of(2L, 3L))));
        assertEquals(4, chosen(FeatureFilter.ALL).size());
        assertTrue(FeatureFilter.attribute("COMPONENT", "Army").names().equals(List.of("COMPONENT", "Army")));
    }
}
