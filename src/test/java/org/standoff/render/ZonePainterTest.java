package org.standoff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.buffer.GeodesicBuffer;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Zone;
import org.standoff.render.label.LabelEngine;

class ZonePainterTest {

    /** Paints onto a Java2D surface and returns the labels drawn, in order. */
    private static List<String> labels(Viewport v, List<ZoneShapes.Shape> shapes) {
        BufferedImage img = new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Surface real = new Java2DSurface(g, v.width(), v.height());
        List<String> texts = new ArrayList<>();
        Surface recording = (Surface) Proxy.newProxyInstance(
                Surface.class.getClassLoader(), new Class<?>[] {Surface.class}, (p, m, args) -> {
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
        Zone z = new Zone(
                "z1",
                "Bases",
                Zone.Kind.LAYER_BUFFER,
                "layer",
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(LengthUnit.MILE.toMetres(10))),
                false,
                "#2255aa",
                null);
        List<ZoneShapes.Shape> shapes = new ArrayList<>();
        for (double lon : new double[] {-104, -101, -98}) {
            Geometry ring = GeodesicBuffer.circle(lon, 40, LengthUnit.MILE.toMetres(10));
            shapes.add(new ZoneShapes.Shape(z, 0, ring));
        }
        Viewport v = Viewport.centredOn(-101, 40, 7, 1200, 500);
        assertEquals(List.of("Bases · 10 mi", "10 mi", "10 mi"), labels(v, shapes));
    }

    @Test
    void hundredsOfBuffersInViewAreOutlinedAsTheirMergedAreaAndNamedOnce() {
        Zone z = new Zone(
                "z1",
                "Bases",
                Zone.Kind.LAYER_BUFFER,
                "layer",
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(LengthUnit.MILE.toMetres(100))),
                false,
                "#2255aa",
                null);
        List<ZoneShapes.Shape> shapes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            shapes.add(new ZoneShapes.Shape(
                    z,
                    0,
                    GeodesicBuffer.circle(-120 + (i % 20) * 2.5, 30 + (i / 20) * 1.6, LengthUnit.MILE.toMetres(100))));
        }
        Viewport v = Viewport.centredOn(-96, 38, 5, 1280, 800);
        BufferedImage img = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Surface real = new Java2DSurface(g, 1280, 800);
        List<String> texts = new ArrayList<>();
        int[] strokes = new int[1];
        Surface recording = (Surface) Proxy.newProxyInstance(
                Surface.class.getClassLoader(), new Class<?>[] {Surface.class}, (p, m, args) -> {
                    if (m.getName().equals("text")) {
                        texts.add((String) args[0]);
                    } else if (m.getName().equals("strokePath")) {
                        strokes[0]++;
                    }
                    return m.invoke(real, args);
                });
        ZonePainter.paint(recording, v, shapes, null, LengthUnit.MILE);
        g.dispose();
        assertEquals(List.of("Bases · 100 mi"), texts, "one label for the band, not 200 radii");
        assertEquals(1, strokes[0], "one outline for the merged area");
        // the outline is where the first buffer's edge is: 100 mi (160.9 km, about 1.45 degrees of latitude) south of
        // its centre
        double[] edge = {-120, 30 - LengthUnit.MILE.toMetres(100) / 110_900.0};
        boolean stroked = false;
        for (int dy = -2; dy <= 2; dy++) {
            int argb = img.getRGB((int) v.x(edge[0]), (int) v.y(edge[1]) + dy);
            stroked |= (argb >>> 24) > 200 && (argb & 0xff) > 0x80;
        }
        assertTrue(stroked, "an opaque blue outline at the southern edge of the first buffer");
    }

    @Test
    void aMeasuredDistanceKeepsItsLabelAndZoneLabelsStayClearOfIt() {
        Zone z = new Zone(
                "z1",
                "Bases",
                Zone.Kind.LAYER_BUFFER,
                "layer",
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(LengthUnit.MILE.toMetres(10))),
                false,
                "#2255aa",
                null);
        Geometry ring = GeodesicBuffer.circle(-101, 40, LengthUnit.MILE.toMetres(10));
        List<ZoneShapes.Shape> shapes = List.of(new ZoneShapes.Shape(z, 0, ring));
        Viewport v = Viewport.centredOn(-101, 40, 9, 1000, 700);
        // a measured line whose middle is just below where the zone's label goes (top of the circle)
        double top = ring.getEnvelopeInternal().getMaxY();
        double[] line = {-101.2, top - 0.01, -100.8, top - 0.01, 34_000};
        BufferedImage img = new BufferedImage(1000, 700, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Surface real = new Java2DSurface(g, 1000, 700);
        List<double[]> boxes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Surface recording = (Surface) Proxy.newProxyInstance(
                Surface.class.getClassLoader(), new Class<?>[] {Surface.class}, (p, m, args) -> {
                    if (m.getName().equals("text")) {
                        String text = (String) args[0];
                        double w = real.textWidth(text, (TextStyle) args[3]);
                        double x = (double) args[1];
                        double y = (double) args[2];
                        texts.add(text);
                        boxes.add(new double[] {x, y - ((TextStyle) args[3]).size(), x + w, y});
                    }
                    return m.invoke(real, args);
                });
        LabelEngine labels = new LabelEngine(1000, 700, 0);
        List<double[]> at = MeasurePainter.placeLabels(recording, v, List.of(line), LengthUnit.MILE, labels.space());
        ZonePainter.paint(recording, v, shapes, null, LengthUnit.MILE, labels);
        labels.draw(recording);
        MeasurePainter.paint(recording, v, List.of(line), LengthUnit.MILE, at);
        g.dispose();
        assertEquals(
                List.of("Bases · 10 mi", "21.1 mi"),
                texts,
                "the zone label moves to the circle's foot, the distance keeps its place");
        assertEquals(
                true,
                boxes.get(0)[1] > v.y(ring.getEnvelopeInternal().centre().y),
                "the zone label is below the circle's centre");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertEquals(false, overlap, texts.get(i) + " overlaps " + texts.get(j));
            }
        }
        // without the distance the zone label would sit where the distance's label is now
        assertEquals(List.of("Bases · 10 mi"), labels(v, shapes));
    }
}
