package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standoff.geo.Geodesic;
import org.standoff.geo.WebMercator;
import org.standoff.render.ScaleBar;
import org.standoff.render.Viewport;
import org.standoff.render.basemap.TestBasemap;

/** The scale bar is true on the ground at the frame's centre, also far north (QGIS's classic error). */
class ScaleBarTruthTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} at {2}°N")
    @CsvSource({"Virginia, -77.5, 38.0", "Fairbanks Alaska, -147.7, 64.0"})
    void barLengthOnPageIsItsLabelledGroundLengthAtTheFrameCentre(String place, double lon, double lat)
            throws Exception {
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        BriefingContent content = BriefingPdfTest.content(List.of()).withExtent(MapExtent.centred(lon, lat, 500_000));
        Viewport v = BriefingRenderer.mapViewport(layout, content).orElseThrow();
        double cx = v.width() / 2;
        double cy = v.height() / 2;
        assertEquals(lat, v.lat(cy), 1e-6);
        List<ScaleBar> bars = ScaleBarElement.bars(v, 150);
        for (ScaleBar bar : bars) {
            // Independently: ground distance under the bar's page length, centred on the frame.
            double ground = Geodesic.distance(v.lon(cx - bar.pixels() / 2), lat, v.lon(cx + bar.pixels() / 2), lat);
            double labelled = bar.unit().toMetres(bar.length());
            assertEquals(labelled, ground, labelled * 0.01, place + " " + bar.label());
        }
        // The map is the requested 1:500,000 at the centre (within the sphere/ellipsoid difference).
        assertEquals(500_000, ScaleBarElement.metresPerPoint(v) / MapFrame.METRES_PER_POINT, 500_000 * 0.006);
        // A bar from the zoom alone (equator scale) would be wrong by 1/cos(lat): 2.3× at 64°N.
        double naive = 2 * Math.PI * 6378137 / WebMercator.worldSize(v.zoom());
        double ratio = naive / ScaleBarElement.metresPerPoint(v);
        assertEquals(1 / Math.cos(Math.toRadians(lat)), ratio, 0.01);

        Path file = dir.resolve("scale.pdf");
        BriefingExport.pdf(new BriefingRenderer(TestBasemap.get()), layout, content, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String t = new PDFTextStripper().getText(doc);
            List<ScaleBar> drawn = ScaleBarElement.bars(
                    v,
                    Math.max(
                            10,
                            layout.pageRect(layout.visible(ElementKind.SCALE_BAR)
                                                    .orElseThrow())
                                            .width()
                                    - 8
                                    - 34));
            for (ScaleBar bar : drawn) {
                assertTrue(t.contains(bar.label()), "label " + bar.label() + " printed: " + t);
            }
            assertTrue(t.contains(String.format(java.util.Locale.ROOT, "true at %.1f°N", lat)), t);
        }
    }
}
