package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.render.Rgba;

class LegendElementTest {

    @TempDir
    Path dir;

    @Test
    void entriesThatFitOneColumnUseOne() {
        LegendElement.Fit f = LegendElement.fit(new Rect(0, 0, 400, 100), 4, 8);
        assertEquals(new LegendElement.Fit(1, f.rows(), 4, 8), f);
    }

    @Test
    void aWideLegendTakesColumnsBeforeItOverflows() {
        LegendElement.Fit f = LegendElement.fit(new Rect(0, 0, 480, 80), 10, 8);
        assertTrue(f.columns() > 1, f.toString());
        assertEquals(10, f.shown());
    }

    @Test
    void aLegendJustTooLongShrinksItsTypeRatherThanContinue() {
        Rect r = new Rect(0, 0, 200, 120);
        int atSize = LegendElement.fit(r, 1, 8).rows();
        LegendElement.Fit f = LegendElement.fit(r, atSize + 1, 8);
        assertEquals(atSize + 1, f.shown());
        assertTrue(f.fontSize() < 8 && f.fontSize() >= 8 * LegendElement.MIN_SHRINK - 1e-9, f.toString());
    }

    @Test
    void whatDoesNotFitGoesToTheNextPageNeverAsPlusNMore() throws Exception {
        List<LegendEntry> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(LegendEntry.area("Zone number " + i, Rgba.hex("#c0392b").withOpacity(0.14), Rgba.hex("#c0392b")));
        }
        BriefingContent c = BriefingPdfTest.content(List.of()).withLegend(many, List.of());
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        Pagination p = Pagination.of(layout, c);
        assertTrue(p.legendShown() < 40 && p.pages() == 2, p.toString());
        Path file = dir.resolve("legend.pdf");
        BriefingExport.pdf(BriefingPdfTest.renderer, layout, c, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String all = BriefingPdfTest.text(doc, 1) + BriefingPdfTest.text(doc, 2);
            for (int i = 1; i <= 40; i++) {
                assertTrue(
                        all.contains("Zone number " + i + "\n") || all.contains("Zone number " + i + " "),
                        "entry " + i + " is printed");
            }
            assertFalse(all.contains("more\n") && all.contains("+ "), "no silent '+ N more'");
            assertTrue(BriefingPdfTest.text(doc, 1).contains("Legend continued on page 2"));
            assertTrue(BriefingPdfTest.text(doc, 2).contains("Legend (continued)"));
        }
    }
}
