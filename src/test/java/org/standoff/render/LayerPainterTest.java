package org.standoff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;

class LayerPainterTest {

    private static ProjectLayer layer(String name, String... wkt) throws Exception {
        WKTReader r = new WKTReader();
        List<Feature> features = new java.util.ArrayList<>();
        for (int i = 0; i < wkt.length; i++) {
            features.add(new Feature(i + 1, r.read(wkt[i]), new Object[] {name + " " + (i + 1)}));
        }
        Layer data = new Layer(name, List.of(Field.of("NAME", FieldType.STRING)), features, null);
        return new ProjectLayer(name, data, LayerRole.OTHER, new LayerStyle("#ff0000", 1.0, 1.0, 6), true);
    }

    private static BufferedImage paint(Viewport v, List<ProjectLayer> layers) {
        BufferedImage img = new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        LayerPainter.paint(new Java2DSurface(g, v.width(), v.height()), v, layers, Set.of());
        g.dispose();
        return img;
    }

    @Test
    void fillsPolygonsButLeavesTheirHolesEmpty() throws Exception {
        ProjectLayer base = layer(
                "base",
                "POLYGON ((-105 41, -104 41, -104 42, -105 42, -105 41), (-104.7 41.3, -104.3 41.3, -104.3 41.7, -104.7 41.7, -104.7 41.3))");
        Viewport v = Viewport.centredOn(-104.5, 41.5, 8, 400, 400);
        BufferedImage img = paint(v, List.of(base));
        int inside = img.getRGB((int) v.x(-104.85), (int) v.y(41.5));
        int hole = img.getRGB((int) v.x(-104.5), (int) v.y(41.5));
        int outside = img.getRGB((int) v.x(-103.8), (int) v.y(41.5));
        assertEquals(0xFFFF0000, inside);
        assertEquals(0, hole >>> 24, "the hole is not filled");
        assertEquals(0, outside >>> 24);
    }

    @Test
    void drawsPointsAsSymbolsWhereTheyAre() throws Exception {
        ProjectLayer pts = layer("pts", "POINT (-100 40)", "POINT (-99 40)");
        Viewport v = Viewport.centredOn(-99.5, 40, 7, 300, 200);
        BufferedImage img = paint(v, List.of(pts));
        assertTrue((img.getRGB((int) v.x(-100), (int) v.y(40)) >>> 24) > 200);
        assertTrue((img.getRGB((int) v.x(-99), (int) v.y(40)) >>> 24) > 200);
        assertEquals(0, img.getRGB((int) v.x(-99.5), (int) v.y(40)) >>> 24);
    }

    @Test
    void hiddenLayersAreNotDrawn() throws Exception {
        ProjectLayer pts = layer("pts", "POINT (-100 40)").withVisible(false);
        Viewport v = Viewport.centredOn(-100, 40, 7, 100, 100);
        assertEquals(0, paint(v, List.of(pts)).getRGB(50, 50) >>> 24);
    }

    @Test
    void picksThePointNearTheClickAndThePolygonUnderIt() throws Exception {
        ProjectLayer pts = layer("pts", "POINT (-100 40)");
        ProjectLayer area = layer("area", "POLYGON ((-101 39, -99 39, -99 41, -101 41, -101 39))");
        Viewport v = Viewport.centredOn(-100, 40, 7, 400, 400);
        List<ProjectLayer> topFirst = List.of(pts, area);
        assertEquals(
                "pts 1",
                Picker.pick(v, topFirst, v.x(-100) + 3, v.y(40) - 2)
                        .orElseThrow()
                        .feature()
                        .value(0));
        assertEquals(
                "area 1",
                Picker.pick(v, topFirst, v.x(-99.5), v.y(39.5))
                        .orElseThrow()
                        .feature()
                        .value(0));
        assertTrue(Picker.pick(v, topFirst, v.x(-98.5), v.y(40)).isEmpty());
    }
}
