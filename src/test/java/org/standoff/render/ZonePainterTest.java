package org.standoff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.GeodesicBuffer;
import org.standoff.geo.LengthUnit;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Zone;

class ZonePainterTest {

    /** Paints onto a Java2D surface and returns the labels drawn, in order. */
    private static List<String> labels(Viewport v, List<ZoneShapes.Shape> shapes) {
        BufferedImage img = new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Surface real = new Java2DSurface(g, v.width(), v.height());
        List<String> texts = new ArrayList<>();
        Surface recording = (Surface) Proxy.newProxyInstance(Surface.class.getClassLoader(), new Class<?>[] {Surface.class}, (p, m, args) -> {
            if (m.getName().equals("text")) {
                texts.add((String) args[0]);
            }
            return m.invoke(real, args);
        });
        ZonePainter.paint(recording, v, shapes, null, LengthUnit.MILE);
        g.dispose();
        return texts;
    }

    @Test
    void aLayerBufferIsNamedOnceAndItsOtherRingsShowOnlyTheRadius() {
        Zone z = new Zone("z1", "Bases", Zone.Kind.LAYER_BUFFER, "layer", FeatureFilter.ALL, null,
                List.of(Zone.Band.disc(LengthUnit.MILE.toMetres(10))), false, "#2255aa", null);
        List<ZoneShapes.Shape> shapes = new ArrayList<>();
        for (double lon : new double[] {-104, -101, -98}) {
            Geometry ring = GeodesicBuffer.circle(lon, 40, LengthUnit.MILE.toMetres(10));
            shapes.add(new ZoneShapes.Shape(z, 0, ring));
        }
        Viewport v = Viewport.centredOn(-101, 40, 7, 1200, 500);
        assertEquals(List.of("Bases · 10 mi", "10 mi", "10 mi"), labels(v, shapes));
    }
}
