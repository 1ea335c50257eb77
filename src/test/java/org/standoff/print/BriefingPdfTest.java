package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.standoff.render.GeometryPath;
import org.standoff.render.Rgba;
import org.standoff.render.Stroke;
import org.standoff.render.basemap.TestBasemap;

class BriefingPdfTest {

    static BriefingRenderer renderer;
    static SampleBriefing data;
    static final MapExtent OKLAHOMA = MapExtent.box(-100, 35, -98, 37);
    static final String MARKING = "CUI // SYNTHETIC — NOT REAL DATA";

    @TempDir
    Path dir;

    @BeforeAll
    static synchronized void load() throws Exception {
        if (renderer == null) {
            renderer = new BriefingRenderer(TestBasemap.get());
            data = SampleBriefing.around(new Envelope(-100.5, -97.5, 34.5, 37.5), 8, 7);
        }
    }

    static BriefingContent content(List<FindingRow> rows) throws Exception {
        load();
        return data.content("Mining sites near installations", OKLAHOMA, rows, SampleBriefing.ZONE_FILL);
    }

    private Path export(BriefingLayout layout, BriefingContent c, String name) throws PrintException {
        Path file = dir.resolve(name);
        BriefingExport.pdf(renderer, layout, c, file);
        return file;
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyPaperExportsOnePageOfItsSizeInBothOrientations(Paper paper) throws Exception {
        for (Orientation o : Orientation.values()) {
            Path file = export(
                    BriefingLayout.defaultFor(paper, o), content(data.rows.subList(0, 2)), paper + "-" + o + ".pdf");
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                PDPage page = doc.getPage(0);
                assertEquals(paper.width(o), page.getMediaBox().getWidth(), 0.01);
                assertEquals(paper.height(o), page.getMediaBox().getHeight(), 0.01);
                assertEquals(
                        o == Orientation.LANDSCAPE,
                        page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            }
        }
    }

    @Test
    void titleMarkingAccentedNamesDegreesAndFindingsAreSearchableText() throws Exception {
        Path file = export(
                BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE),
                content(data.rows.subList(0, 3)),
                "text.pdf");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String t = text(doc, 1);
            assertTrue(t.contains("Mining sites near installations"), t);
            assertTrue(t.contains(MARKING), t);
            assertTrue(t.contains("12°30′ sector"), "degree and prime signs: " + t);
            assertTrue(t.contains("J. Müller"), t);
            assertTrue(t.contains("Sainte-Geneviève"), "accented site name: " + t);
            assertTrue(t.contains(data.rows.get(0).nearestInstallation()), t);
            assertTrue(t.contains("Nearest substation"), t);
            assertTrue(t.contains("true at 36.0°N"), t);
            // The halo is an artifact drawn under the label: the label is found once, not twice.
            assertFalse(t.contains("Northstar HashNorthstar Hash"), t);
        }
    }

    @Test
    void longFindingsTableContinuesOnFurtherPagesEachWithBothMarkings() throws Exception {
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(new FindingRow("Row " + i + " site", "Inst " + i, "1.0 mi", "Sub " + i, "2.0 mi", "Rule A"));
        }
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        Path file = export(layout, content(rows), "long.pdf");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int pages = doc.getNumberOfPages();
            assertEquals(renderer.pageCount(layout, content(rows)), pages);
            assertTrue(pages >= 4, "150 rows need continuation pages, got " + pages);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                String t = text(doc, p);
                assertEquals(
                        2, t.split(java.util.regex.Pattern.quote(MARKING), -1).length - 1, "both banners on page " + p);
                assertTrue(t.contains("Page " + p + " of " + pages), t);
                if (p > 1) {
                    assertTrue(t.contains("(continued)"), "continued heading on page " + p);
                    assertTrue(t.contains("Nearest installation"), "header row repeated on page " + p);
                }
                all.append(t);
            }
            for (int i = 1; i <= 150; i++) {
                assertTrue(all.toString().contains("Row " + i + " site"), "row " + i + " printed");
            }
        }
    }

    @Test
    void mapIsVectorPathsWithEmbeddedFontsAndNoImages() throws Exception {
        Path file = export(
                BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE), content(data.rows), "vector.pdf");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDPage page = doc.getPage(0);
            String ops = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(ops.contains(" re\n"), "rectangles");
            assertTrue(ops.contains(" l\n"), "line segments");
            assertTrue(ops.contains("f*\n"), "even-odd fills");
            assertTrue(ops.contains("\nW\n") || ops.contains(" W\n") || ops.contains("W n"), "clip to the map frame");
            PDResources res = page.getResources();
            for (COSName n : res.getXObjectNames()) {
                assertFalse(res.isImageXObject(n), "no raster images, found " + n);
            }
            int fonts = 0;
            for (COSName n : res.getFontNames()) {
                assertTrue(res.getFont(n).isEmbedded(), n + " embedded");
                fonts++;
            }
            assertTrue(fonts >= 1);
        }
    }

    @Test
    void translucentZonesStayVectorAsSharedTransparencyAndDoNotBloatTheFile() throws Exception {
        List<Geometry> zones = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            zones.add(SampleBriefing.disc(-99.8 + (i % 10) * 0.2, 35.2 + (i / 10) * 0.35, 12000));
        }
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        Path translucent = export(layout, withZones(zones, Rgba.hex("#d7191c").withOpacity(0.3)), "translucent.pdf");
        Path opaque = export(layout, withZones(zones, Rgba.hex("#f3b6b7")), "opaque.pdf");
        try (PDDocument doc = Loader.loadPDF(translucent.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            boolean found = false;
            int states = 0;
            for (COSName n : res.getExtGStateNames()) {
                PDExtendedGraphicsState gs = res.getExtGState(n);
                Float ca = gs.getNonStrokingAlphaConstant();
                found |= ca != null && ca < 1;
                states++;
            }
            assertTrue(found, "an ExtGState with ca < 1");
            assertTrue(states < 10, "states are shared per alpha, not one per zone: " + states);
        }
        long t = Files.size(translucent);
        long o = Files.size(opaque);
        assertTrue(t < 1.5 * o, "translucent " + t + " bytes vs opaque " + o);
    }

    private static BriefingContent withZones(List<Geometry> zones, Rgba fill) throws Exception {
        MapPainter p = (s, v) -> {
            for (Geometry z : zones) {
                s.beginPath();
                GeometryPath.trace(s, v, z);
                s.fillPath(fill);
                s.strokePath(Stroke.solid(SampleBriefing.ZONE_LINE, 0.8));
            }
        };
        BriefingContent c = content(List.of());
        return new BriefingContent(
                c.title(),
                c.subtitle(),
                c.marking(),
                c.markingColour(),
                c.author(),
                c.date(),
                c.dataSources(),
                c.extent(),
                p,
                List.of(),
                c.legend(),
                c.findingHeaders(),
                c.findings());
    }

    @Test
    void atlasHasOnePageGroupPerSiteTitledWithItsName() throws Exception {
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        List<BriefingContent> pages = Atlas.pages(content(data.rows), data.sites.subList(0, 3), 250_000);
        Path file = dir.resolve("atlas.pdf");
        BriefingExport.atlasPdf(renderer, layout, pages, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
            for (int i = 0; i < 3; i++) {
                String t = text(doc, i + 1);
                assertTrue(t.contains(data.sites.get(i).name()), t);
                assertTrue(t.contains("1:250,000"), t);
            }
        }
    }

    @Test
    void failedExportNamesTheFile() {
        Path file = dir.resolve("no-such-folder").resolve("x.pdf");
        PrintException e = org.junit.jupiter.api.Assertions.assertThrows(
                PrintException.class,
                () -> BriefingExport.pdf(
                        renderer, BriefingLayout.defaultFor(Paper.A4, Orientation.PORTRAIT), content(List.of()), file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
