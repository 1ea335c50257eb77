package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingLayoutJsonTest {

    @Test
    void everyDefaultLayoutRoundTripsThroughJson() throws Exception {
        for (Paper p : Paper.values()) {
            for (Orientation o : Orientation.values()) {
                BriefingLayout l = BriefingLayout.defaultFor(p, o);
                assertEquals(l, BriefingLayout.fromJson(l.toJson()), p + " " + o);
            }
        }
    }

    @Test
    void optionsWithQuotesUnicodeAndOddNumbersRoundTrip() throws Exception {
        BriefingLayout base = BriefingLayout.defaultFor(Paper.A3, Orientation.LANDSCAPE)
                .withName("Commander's \"quick\" look — 64°N\n");
        List<LayoutElement> e = new ArrayList<>(base.elements());
        e.set(0, e.get(0).withOptions(new ElementOptions("SECRET//NOFORN \\ test é", "#c8102e", 12.5)));
        e.set(1, e.get(1).withVisible(false).withBounds(new Rect(0.1234567891234, 1e-7, 0.5, 1.0 / 3)));
        BriefingLayout l = base.withElements(e);
        BriefingLayout back = BriefingLayout.fromJson(l.toJson());
        assertEquals(l, back);
    }

    @Test
    void malformedOrInvalidJsonIsAReadableError() {
        PrintException broken = assertThrows(PrintException.class, () -> BriefingLayout.fromJson("{\"name\": \"x\", "));
        assertTrue(broken.getMessage().contains("column 15"), "says where: " + broken.getMessage());
        assertTrue(!broken.getMessage().contains("Exception"), "no class names: " + broken.getMessage());
        String json = BriefingLayout.defaultFor(Paper.LETTER, Orientation.PORTRAIT)
                .toJson()
                .replace("\"LETTER\"", "\"FOOLSCAP\"");
        PrintException paper = assertThrows(PrintException.class, () -> BriefingLayout.fromJson(json));
        assertTrue(paper.getMessage().contains("unknown paper size \"FOOLSCAP\""), paper.getMessage());
        assertThrows(PrintException.class, () -> BriefingLayout.fromJson("[]"));
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        PrintException nested = assertThrows(PrintException.class, () -> BriefingLayout.fromJson(deep));
        assertTrue(nested.getMessage().contains("not valid JSON"), nested.getMessage());
        PrintException missing = assertThrows(PrintException.class, () -> BriefingLayout.fromJson("{\"name\":\"x\"}"));
        assertTrue(missing.getMessage().contains("\"margins\""), missing.getMessage());
    }

    @Test
    void elementBoundsAreFractionsOfThePrintableArea() {
        BriefingLayout l = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        Rect printable = l.printable();
        assertEquals(792 - 2 * DefaultLayouts.MARGIN_PT, printable.width(), 1e-9);
        Rect top = l.pageRect(l.visible(ElementKind.MARKING_TOP).orElseThrow());
        assertEquals(printable.x(), top.x(), 1e-9);
        assertEquals(printable.width(), top.width(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> LayoutElement.of(ElementKind.MAP, 0.5, 0, 0.6, 1));
    }

    /** The standard landscape layout as saved before the summary box existed. */
    private static BriefingLayout beforeSummary(Rect locator, Rect legend) {
        BriefingLayout now = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        List<LayoutElement> old = new ArrayList<>();
        for (LayoutElement e : now.elements()) {
            switch (e.kind()) {
                case SUMMARY -> {}
                case LOCATOR -> old.add(e.withBounds(locator));
                case LEGEND -> old.add(e.withBounds(legend).withVisible(false));
                default -> old.add(e);
            }
        }
        return now.withElements(old);
    }

    @Test
    void aStandardLayoutSavedBeforeTheSummaryGetsTheNewRightColumn() throws Exception {
        BriefingLayout read = BriefingLayout.fromJson(
                beforeSummary(new Rect(0.70, 0.15, 0.30, 0.25), new Rect(0.70, 0.41, 0.30, 0.30))
                        .toJson());
        BriefingLayout now = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        assertEquals(now.visible(ElementKind.SUMMARY), read.visible(ElementKind.SUMMARY));
        assertEquals(
                now.elements().stream()
                        .filter(e -> e.kind() == ElementKind.LEGEND)
                        .findFirst()
                        .orElseThrow()
                        .bounds(),
                read.elements().stream()
                        .filter(e -> e.kind() == ElementKind.LEGEND)
                        .findFirst()
                        .orElseThrow()
                        .bounds());
        assertTrue(read.visible(ElementKind.LEGEND).isEmpty(), "the analyst's choice to hide the legend is kept");
    }

    @Test
    void anArrangedLayoutKeepsItsArrangementAndGetsTheSummarySwitchedOff() throws Exception {
        Rect locator = new Rect(0.70, 0.10, 0.30, 0.20);
        BriefingLayout read = BriefingLayout.fromJson(
                beforeSummary(locator, new Rect(0.70, 0.35, 0.30, 0.30)).toJson());
        assertTrue(read.visible(ElementKind.SUMMARY).isEmpty());
        assertTrue(read.elements().stream().anyMatch(e -> e.kind() == ElementKind.SUMMARY));
        assertEquals(
                locator,
                read.elements().stream()
                        .filter(e -> e.kind() == ElementKind.LOCATOR)
                        .findFirst()
                        .orElseThrow()
                        .bounds());
    }
}
