package org.standoff.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerSource;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;

/** The layer information window's text and the warning on a layer's row (issue #18). */
class LayerInfoTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static ProjectLayer layer(LayerSource source, Feature... features) {
        return new ProjectLayer(
                "l1",
                new Layer("Bases", List.of(Field.of("NAME", FieldType.STRING)), List.of(features), source),
                LayerRole.INSTALLATIONS,
                LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                true);
    }

    private static Polygon square() {
        return GF.createPolygon(
                new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 0)
                });
    }

    @Test
    void aCoarseTransformationIsWarnedAndTheRepairsAndReaderWarningsAreListed() {
        LayerSource s = new LayerSource(
                "/data/bases27.shp",
                Instant.parse("2026-03-01T00:00:00Z"),
                null,
                "NAD_1927_UTM_Zone_18N",
                "NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m",
                10.0,
                List.of("bases27.shp record 2 (Fort X): invalid outline; repaired"));
        ProjectLayer l = layer(
                s,
                new Feature(1, square(), new Object[] {"Fort X"}, square()),
                new Feature(2, square(), new Object[] {"Fort Y"}));
        List<String> lines = LayerInfo.lines(l);
        assertEquals("Coordinate system: NAD_1927_UTM_Zone_18N", lines.get(2));
        assertEquals("To WGS 84: NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m", lines.get(3));
        assertTrue(lines.get(4).startsWith("⚠ datum transformation NAD27 to WGS 84 (4)"), lines.toString());
        assertTrue(
                lines.contains("1 feature(s) had invalid outlines and are measured and drawn as repaired"),
                lines.toString());
        assertTrue(lines.contains("  • bases27.shp record 2 (Fort X): invalid outline; repaired"), lines.toString());
        assertTrue(LayerInfo.badge(l).contains("a site within 10 m of a rule's radius"), LayerInfo.badge(l));
    }

    @Test
    void aLayerOnWgs84WithoutWarningsHasNoBadge() {
        ProjectLayer l = layer(
                LayerSource.onWgs84("/data/b.shp", null, null), new Feature(1, square(), new Object[] {"Fort Y"}));
        assertNull(LayerInfo.badge(l));
        assertTrue(
                LayerInfo.lines(l).contains("To WGS 84: none (already WGS 84)"),
                LayerInfo.lines(l).toString());
    }

    @Test
    void aLayerFromAnOlderProjectSaysItsTransformationWasNotRecorded() {
        ProjectLayer l = layer(new LayerSource("/data/b.shp", null, null, "WGS 84"));
        assertNull(LayerInfo.badge(l));
        assertTrue(
                LayerInfo.lines(l).contains("To WGS 84: not recorded (saved by an older Standoff)"),
                LayerInfo.lines(l).toString());
    }
}
