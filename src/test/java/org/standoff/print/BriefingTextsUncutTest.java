package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.render.TextStyle;
import org.standoff.sample.SampleProject;

/**
 * The page's running texts are never cut: the sources line wraps and shrinks, the summary box
 * wraps in a narrow portrait column, and a table cut to the nearest rows says on its last page
 * how many rows are left out and where they all are. Read back from the exported PDF.
 */
class BriefingTextsUncutTest {

    @TempDir
    Path dir;

    @Test
    void everySourceIsPrintedWhole() throws Exception {
        BriefingContent c = BriefingReview.sample();
        String page = page1(BriefingReview.LAYOUT, c, "landscape.pdf");
        assertTrue(c.dataSources().size() >= 5, "the sample cites several sources: " + c.dataSources());
        for (String source : c.dataSources()) {
            assertTrue(page.contains(flat(source)), "source printed whole: " + source + "\n" + page);
        }
    }

    @Test
    void summaryLinesWrapInAPortraitColumn() throws Exception {
        BriefingContent c = BriefingReview.content(SampleProject.build(), BriefingReview.PORTRAIT);
        String page = page1(BriefingReview.PORTRAIT, c, "portrait.pdf");
        for (String line : c.summary()) {
            assertTrue(page.contains(flat(line)), "summary line printed whole: " + line + "\n" + page);
        }
        assertFalse(page.contains("more lines"), page);
    }

    @Test
    void aCutTableSaysHowManyRowsAreLeftOutOnItsLastPage() throws Exception {
        BriefingContent full = BriefingReview.sample();
        BriefingContent cut = full.withFindings(full.findings().subList(0, 10), full.mapLabels(), 73);
        Path file = dir.resolve("cut.pdf");
        BriefingExport.pdf(BriefingReview.LAYOUT, cut, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String last = flat(BriefingPdfTest.text(doc, doc.getNumberOfPages()));
            assertTrue(
                    last.contains("73 more rows, farther than row 10, are not printed: the findings CSV export"), last);
            assertTrue(last.contains("lists all 83."), last);
        }
    }

    @Test
    void wrappingKeepsEveryCharacterAndFitsTheWidth() {
        TextStyle style = PrintStyles.text(10, false, PrintStyles.INK);
        TextMeasure m = (t, s) -> t.length() * 5.0;
        List<String> lines = TextWrap.lines("Sources: [1] a-very-long-unbroken-file-name.shp; [2] b", style, 60, m);
        for (String l : lines) {
            assertTrue(l.length() * 5.0 <= 60, "fits: " + l);
        }
        assertEquals(
                "Sources:[1]a-very-long-unbroken-file-name.shp;[2]b",
                String.join("", lines).replace(" ", ""));
    }

    private String page1(BriefingLayout layout, BriefingContent c, String name) throws Exception {
        Path file = dir.resolve(name);
        BriefingExport.pdf(layout, c, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return flat(BriefingPdfTest.text(doc, 1));
        }
    }

    /** Whitespace (line breaks included) as single spaces, and no ellipsis allowed to hide in it. */
    private static String flat(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
