package org.standoff.analysis.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.geo.CoordinateFormat;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;

/** "Go to" finds positions in every form and names of sites and features, best first. */
class LocatorTest {

    private final List<MiningSite> sites = List.of(
            MiningSite.at("Prairie Hash", -104.8, 41.1),
            MiningSite.at("Hash Ridge", -105, 40),
            MiningSite.at("Big Hash Farm", -103, 39));
    private final ProjectLayer bases = new ProjectLayer(
            "b",
            SyntheticData.installations(20, 3),
            LayerRole.INSTALLATIONS,
            LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
            true);

    @Test
    void decimalDegreesDmsAndMgrsAreAllPositions() throws Exception {
        for (String text : List.of(
                "41.1335, -104.8667", "41°08'00.6\"N 104°52'00.1\"W", CoordinateFormat.mgrs(41.1335, -104.8667))) {
            List<Locator.Match> m = Locator.find(text, sites, List.of(), List.of(bases));
            assertEquals(1, m.size(), text);
            assertEquals(Locator.Kind.COORDINATES, m.get(0).kind(), text);
            assertEquals(41.1335, m.get(0).lat(), 1e-3, text);
            assertEquals(-104.8667, m.get(0).lon(), 1e-3, text);
        }
    }

    @Test
    void namesMatchIgnoringCaseStartsBeforeWordsBeforeAnywhere() {
        List<String> names = Locator.find("hash", sites, List.of(), List.of(), Gazetteer.empty()).stream()
                .map(Locator.Match::name)
                .toList();
        assertEquals(
                List.of("Hash Ridge", "Prairie Hash", "Big Hash Farm"),
                names,
                "the start of the name, then the start of a word, shorter first");
        assertEquals(
                List.of("Hash Ridge", "Prairie Hash", "Big Hash Farm"),
                Locator.find("ASH", sites, List.of(), List.of(), Gazetteer.empty()).stream()
                        .map(Locator.Match::name)
                        .toList(),
                "inside a word, shorter first; case ignored");
    }

    @Test
    void layerFeaturesAreFoundByTheirNameAndShownByTheirExtent() {
        String name = bases.data().featureName(bases.data().features().get(0));
        List<Locator.Match> m = Locator.find(name, sites, List.of(), List.of(bases));
        assertTrue(!m.isEmpty() && m.get(0).name().equals(name), m.toString());
        assertEquals(Locator.Kind.FEATURE, m.get(0).kind());
        assertTrue(m.get(0).box().getWidth() > 0, "a polygon is shown by its extent");
    }

    @Test
    void nothingMatchesAWordThatIsNoName() {
        assertEquals(List.of(), Locator.find("zzzz", sites, List.of(), List.of(bases)));
        assertEquals(List.of(), Locator.find("   ", sites, List.of(), List.of(bases)));
    }

    /** Like the briefing's labels (CommandFuzzTest, iteration 189): a feature that is a null shape has nowhere to go to, and is not offered. */
    @Test
    void aFeatureWithoutAShapeIsNotOffered() {
        org.standoff.model.Layer data = new org.standoff.model.Layer(
                "Forts",
                List.of(org.standoff.model.Field.of("NAME", org.standoff.model.FieldType.STRING)),
                List.of(new org.standoff.model.Feature(
                        1,
                        new org.locationtech.jts.geom.GeometryFactory().createGeometryCollection(),
                        new Object[] {"Fort Null"})),
                null);
        org.standoff.model.ProjectLayer forts = new org.standoff.model.ProjectLayer(
                "f",
                data,
                org.standoff.model.LayerRole.INSTALLATIONS,
                org.standoff.model.LayerStyle.defaultFor(org.standoff.model.LayerRole.INSTALLATIONS),
                true);
        assertEquals(List.of(), Locator.find("Fort Null", sites, List.of(), List.of(forts), Gazetteer.empty()));
    }
}
