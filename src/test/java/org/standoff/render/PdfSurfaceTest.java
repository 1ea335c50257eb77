package org.standoff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

class PdfSurfaceTest {

    private interface Drawing {
        void draw(PdfSurface s);
    }

    private static byte[] onePage(Drawing d) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(200, 300));
            doc.addPage(page);
            PdfResources res = new PdfResources(doc);
            try (PDPageContentStream cs =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                d.draw(PdfSurface.page(cs, res, 200, 300));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void surfaceYGrowsDownSoTextNearTheSurfaceTopIsNearThePageTop() throws Exception {
        byte[] pdf = onePage(s -> {
            try (PdfSurface region = s.region(20, 10, 100, 50)) {
                region.text("Top° é", 5, 20, TextStyle.plain(10, Rgba.hex("#000000")));
            }
            s.text("Bottom", 20, 290, TextStyle.plain(10, Rgba.hex("#000000")));
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea a = new PDFTextStripperByArea();
            a.addRegion("top", new Rectangle2D.Double(0, 0, 200, 40));
            a.addRegion("bottom", new Rectangle2D.Double(0, 260, 200, 40));
            a.extractRegions(doc.getPage(0));
            assertEquals("Top° é", a.getTextForRegion("top").trim());
            assertEquals("Bottom", a.getTextForRegion("bottom").trim());
        }
    }

    @Test
    void pathSurvivesAFillSoItCanBeStrokedAndTranslucencyIsAGraphicsState() throws Exception {
        byte[] pdf = onePage(s -> {
            s.beginPath();
            s.moveTo(10, 10);
            s.lineTo(50, 10);
            s.lineTo(50, 50);
            s.closePath();
            s.fillPath(Rgba.hex("#ff0000").withOpacity(0.4));
            s.strokePath(new Stroke(Rgba.hex("#000000"), 1.5, new double[] {3, 2}));
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String ops = new String(doc.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(ops.contains("f*"), ops);
            assertTrue(ops.contains("\nS\n") || ops.endsWith("S\n"), ops);
            assertTrue(ops.contains(" gs"), ops);
            assertTrue(ops.replace(" ]", "]").contains("[3 2] 0 d"), ops);
            // (10,10) on the surface is (10, 290) on the 300 pt page.
            assertTrue(ops.contains("10 290 m"), ops);
        }
    }

    @Test
    void characterMissingFromTheFontBecomesAQuestionMarkInsteadOfFailing() throws Exception {
        byte[] pdf = onePage(s -> {
            TextStyle t = new TextStyle(10, true, Rgba.hex("#000000"), Rgba.hex("#ffffff"), 1);
            assertTrue(s.textWidth("Fort 𝔘", t) > s.textWidth("Fort", t));
            s.text("Fort \uE000", 10, 100, t);
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).trim();
            assertEquals("Fort ?", text);
        }
    }
}
