package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleFitTest {

    @TempDir
    Path dir;

    @Test
    void aLongTitleWrapsOrShrinksAndIsNeverCut() throws Exception {
        String title =
                "Mining sites within one hundred miles of the installations listed in Appendix A, Part 2, and their nearest substations";
        BriefingContent c = BriefingPdfTest.content(List.of());
        c = new BriefingContent(
                title,
                c.subtitle(),
                c.marking(),
                c.markingColour(),
                c.author(),
                c.date(),
                c.dataSources(),
                c.extent(),
                c.painter(),
                c.mapLabels(),
                c.legend(),
                c.findingHeaders(),
                c.findings());
        Path file = dir.resolve("title.pdf");
        for (Orientation o : Orientation.values()) {
            BriefingExport.pdf(BriefingPdfTest.renderer, BriefingLayout.defaultFor(Paper.LETTER, o), c, file);
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                String page = BriefingPdfTest.text(doc, 1).replace('\n', ' ');
                assertTrue(page.contains(title), o + ": the whole title is printed:\n" + page);
                assertFalse(page.contains("Part 2…") || page.contains("their…"), "no ellipsis in the title");
            }
        }
    }
}
