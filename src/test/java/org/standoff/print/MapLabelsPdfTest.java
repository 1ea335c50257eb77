package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.render.Viewport;

/**
 * Reads the words of the map frame back from exported PDFs, as a reader's eye would find them:
 * on the sample project's default page and on a national page (800 installations, 70,000
 * substations, sites across the lower 48), no two words overlap, and every flagged site on
 * the map is named or carries its findings row number.
 */
class MapLabelsPdfTest {

    /** Sites on the national page: dense enough to crowd the map, few enough for every flagged one to be marked. */
    static final int NATIONAL_SITES = 1_200;

    static BriefingContent sample;
    static BriefingContent national;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        sample = BriefingReview.sample();
        national = BriefingReview.national(NATIONAL_SITES);
    }

    @Test
    void noTwoWordsOverlapOnTheSampleMap() throws Exception {
        List<MapWords.Word> words = mapWords(sample, "sample.pdf");
        assertTrue(words.size() > 50, "the sample map is labelled: " + words.size() + " words");
        assertEquals(List.of(), MapWords.overlaps(words));
    }

    @Test
    void noTwoWordsOverlapOnANationalMap() throws Exception {
        List<MapWords.Word> words = mapWords(national, "national.pdf");
        assertTrue(words.size() > 100, "the national map is labelled: " + words.size() + " words");
        assertEquals(List.of(), MapWords.overlaps(words));
    }

    @Test
    void theSampleMapNamesLargeTownsWhereRoomIsLeft() throws Exception {
        List<String> texts =
                mapWords(sample, "towns.pdf").stream().map(MapWords.Word::text).toList();
        for (String town : List.of("Dallas", "Houston", "Seattle", "Atlanta")) {
            assertTrue(texts.contains(town), town + " on the map: " + texts);
        }
        assertTrue(texts.contains("Tinker"), "a town never pushes an installation's name off: " + texts);
    }

    @Test
    void everyFlaggedSiteOnTheSampleMapIsNamedOrNumbered() throws Exception {
        assertEquals(List.of(), unmarked(sample, mapWords(sample, "sample.pdf")));
    }

    /**
     * More rows than a page numbers ({@link MapGrid#NUMBERED_ROWS}) put a reference grid on
     * the map: a row the map has no room to number is then counted by the notice, and the
     * table's Map column gives its square.
     */
    @Test
    void everyFlaggedSiteOnANationalMapIsNamedNumberedOrCountedWithItsSquare() throws Exception {
        assertTrue(
                national.findings().size() > MapGrid.NUMBERED_ROWS,
                "the national page has a grid: " + national.findings().size() + " rows");
        List<String> missing = unmarked(national, mapWords(national, "national.pdf"));
        if (!missing.isEmpty()) {
            try (PDDocument doc = Loader.loadPDF(dir.resolve("national.pdf").toFile())) {
                String page = BriefingPdfTest.text(doc, 1).replaceAll("\\s+", " ");
                assertTrue(
                        page.contains(missing.size() + " of the table's "
                                + national.findings().size() + " rows"),
                        missing + "\n" + page);
                assertTrue(page.contains("Map column gives each row's square"), page);
            }
        }
        MapGrid grid = MapGrid.of(BriefingReview.LAYOUT, national).orElseThrow();
        for (MapLabel l : national.mapLabels()) {
            if (l.row() > 0) {
                assertTrue(
                        grid.refOfRow(l.row())
                                .matches("[A-Z][0-9]+|off map|Alaska|Hawaii|Puerto Rico, USVI|Guam, N. Mariana Is."),
                        grid.refOfRow(l.row()));
            }
        }
    }

    @Test
    void aNationalMapShowsTheLower48WithInsetsNotTheWorld() throws Exception {
        MapExtent e = national.extent();
        assertTrue(e.east() - e.west() < 70, "the main frame is the lower 48: " + e);
        assertEquals(
                List.of("Alaska", "Hawaii", "Puerto Rico, USVI", "Guam, N. Mariana Is."),
                e.insets().stream().map(MapExtent.Inset::name).toList());
        Path file = dir.resolve("insets.pdf");
        BriefingExport.pdf(BriefingReview.LAYOUT, national, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String page = BriefingPdfTest.text(doc, 1);
            assertTrue(page.contains("Alaska") && page.contains("Hawaii"), page);
            // Attu, west of 180°, is the one far site off every panel; the page says sites lie outside.
            assertTrue(page.contains("outside this map"), page);
        }
    }

    @Test
    void theSummaryCountsEveryZoneBandAndNamesTheClosestSites() throws Exception {
        Path file = dir.resolve("summary.pdf");
        BriefingExport.pdf(BriefingReview.LAYOUT, sample, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String page = BriefingPdfTest.text(doc, 1);
            for (String line : sample.summary()) {
                assertTrue(
                        page.contains(line.strip()) || line.length() > 60,
                        "summary line printed: " + line + "\n" + page);
            }
            assertTrue(page.contains("SAMPLE 5 mi radius · 5 mi: 0"), "a zone band with no sites is counted too");
            assertTrue(page.contains("Closest: 0 mi, SAMPLE Mine 1"), page);
        }
    }

    @Test
    void anAtlasPageShowsTheLegendAndSummaryOfItsOwnFrame() {
        BriefingContentBuilder b =
                new BriefingContentBuilder(HeadlessBriefing.snapshot(org.standoff.sample.SampleProject.build()));
        List<BriefingContent> pages =
                b.atlasPages(new BriefingFields("Atlas", "", "", "", "", ""), BriefingReview.LAYOUT, 250_000);
        BriefingContent first = pages.get(0);
        List<String> legend = first.legend().stream().map(LegendEntry::label).toList();
        assertTrue(
                legend.stream().noneMatch(l -> l.startsWith("CFIUS extended range")),
                "a zone away from the page is not in its legend: " + legend);
        assertTrue(
                first.summary().get(0).startsWith("4 sites on this map"),
                first.summary().toString());
    }

    @Test
    void theFindingsTableNumbersItsRowsAsTheMapDoes() throws Exception {
        Path file = dir.resolve("rows.pdf");
        BriefingExport.pdf(BriefingReview.LAYOUT, sample, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String page2 = BriefingPdfTest.text(doc, 2);
            int firstRow = sample.findings().size() > 0
                    ? Pagination.of(BriefingReview.LAYOUT, sample).firstPageRows() + 1
                    : 1;
            assertTrue(
                    page2.contains(
                            firstRow + " " + sample.findings().get(firstRow - 1).site()),
                    "page 2 carries on the numbering at row " + firstRow + ":\n" + page2);
        }
    }

    private List<MapWords.Word> mapWords(BriefingContent c, String name) throws Exception {
        Path file = dir.resolve(name);
        BriefingExport.pdf(BriefingReview.LAYOUT, c, file);
        Rect frame = BriefingReview.LAYOUT.pageRect(
                BriefingReview.LAYOUT.visible(ElementKind.MAP).orElseThrow());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return MapWords.of(doc, 1).stream().filter(w -> w.inside(frame)).toList();
        }
    }

    /**
     * The flagged sites inside the map frame (and not under an inset, where the notice counts
     * them as off the map) that the map neither names nor numbers, with their rows. Row numbers
     * count wherever the map shows them: beside the site, or in the notice's list of sites it
     * had no room to mark.
     */
    static List<String> unmarked(BriefingContent c, List<MapWords.Word> words) {
        Viewport v = BriefingRenderer.mapViewport(BriefingReview.LAYOUT, c).orElseThrow();
        List<Rect> insets = UsInsets.rects(c.extent().insets(), v.width(), v.height());
        Set<Integer> numbered = new HashSet<>();
        for (MapWords.Word w : words) {
            // Row numbers are set in the number style; a map grid's references are smaller.
            if (Math.abs(w.size() - MapLabels.NUMBER.size()) < 0.25) {
                numbered.addAll(rows(w.text()));
            }
        }
        List<String> texts = words.stream().map(MapWords.Word::text).toList();
        List<String> out = new ArrayList<>();
        for (MapLabel l : c.mapLabels()) {
            double x = v.x(l.lon());
            double y = v.y(l.lat());
            boolean inFrame = x >= 0
                    && y >= 0
                    && x <= v.width()
                    && y <= v.height()
                    && insets.stream().noneMatch(r -> x >= r.x() && x <= r.right() && y >= r.y() && y <= r.bottom());
            if (l.role() == MapLabel.Role.FLAGGED_SITE
                    && inFrame
                    && !numbered.contains(l.row())
                    && !named(texts, l.text())) {
                out.add(l.row() + " " + l.text());
            }
        }
        return out;
    }

    /** Whether the words hold the name's words in a row (its last shown word may end in an ellipsis). */
    static boolean named(List<String> texts, String name) {
        List<String> want = Arrays.asList(name.split(" "));
        for (int i = 0; i < texts.size(); i++) {
            int k = 0;
            while (k < want.size() && i + k < texts.size()) {
                String got = texts.get(i + k);
                if (got.endsWith(TextFit.ELLIPSIS)) {
                    if (k > 0 && want.get(k).startsWith(got.substring(0, got.length() - 1))) {
                        return true;
                    }
                    break;
                }
                if (!got.equals(want.get(k))) {
                    break;
                }
                k++;
            }
            if (k == want.size()) {
                return true;
            }
        }
        return false;
    }

    /** The row numbers a number label shows: "7", "12,", "52–53". */
    static Set<Integer> rows(String word) {
        Set<Integer> out = new HashSet<>();
        String w = word.replace(",", "");
        try {
            int dash = w.indexOf('–');
            if (dash > 0) {
                int a = Integer.parseInt(w.substring(0, dash));
                int b = Integer.parseInt(w.substring(dash + 1));
                for (int r = a; r <= b; r++) {
                    out.add(r);
                }
            } else {
                out.add(Integer.parseInt(w));
            }
        } catch (NumberFormatException e) {
            return Set.of();
        }
        return out;
    }
}
