package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.render.basemap.TestBasemap;

class PngExportTest {

    @TempDir
    Path dir;

    @Test
    void letterLandscapeAt300DpiIs3300By2550Pixels() throws Exception {
        BriefingPdfTest.load();
        Path file = dir.resolve("brief.png");
        List<Path> written = BriefingExport.png(
                new BriefingRenderer(TestBasemap.get()),
                BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE),
                BriefingPdfTest.content(List.of()),
                BriefingExport.DEFAULT_DPI,
                file);
        assertEquals(List.of(file), written);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(3300, img.getWidth());
        assertEquals(2550, img.getHeight());
    }

    @Test
    void multiPageBriefingWritesOneNumberedImagePerPage() throws Exception {
        BriefingPdfTest.load();
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new FindingRow("Site " + i, "Inst", "1 mi", "Sub", "2 mi", "Rule"));
        }
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.A4, Orientation.PORTRAIT);
        BriefingRenderer r = new BriefingRenderer(TestBasemap.get());
        List<Path> written = BriefingExport.png(r, layout, BriefingPdfTest.content(rows), 36, dir.resolve("a4.png"));
        assertEquals(r.pageCount(layout, BriefingPdfTest.content(rows)), written.size());
        assertEquals(dir.resolve("a4-p2.png"), written.get(1));
        assertEquals(
                Math.round(Paper.A4.width(Orientation.PORTRAIT) / 2),
                ImageIO.read(written.get(1).toFile()).getWidth());
        assertEquals(
                BriefingExport.pngFiles(dir.resolve("a4.png"), written.size()),
                written,
                "the files said up front are the files written");
        assertEquals(
                false,
                java.nio.file.Files.exists(dir.resolve("a4.png")),
                "no file under the plain name for several pages");
        assertEquals(
                written.size() + " pages: a4-p1.png … a4-p" + written.size() + ".png",
                BriefingExport.pngFilesText(dir.resolve("a4.png"), written.size()));
    }

    @Test
    void resolutionOutsideTheSupportedRangeIsRefused() {
        assertThrows(
                PrintException.class,
                () -> BriefingExport.png(
                        new BriefingRenderer(TestBasemap.get()),
                        BriefingLayout.defaultFor(Paper.A3, Orientation.PORTRAIT),
                        BriefingPdfTest.content(List.of()),
                        1200,
                        dir.resolve("x.png")));
    }
}
