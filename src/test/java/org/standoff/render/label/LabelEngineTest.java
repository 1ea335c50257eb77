package org.standoff.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.standoff.render.Rgba;
import org.standoff.render.TextStyle;

class LabelEngineTest {

    /** 5 units per character: predictable widths. */
    static final LabelMeasure MONO = (text, style) -> text.codePointCount(0, text.length()) * 5.0;

    static final TextStyle STYLE = new TextStyle(8, true, Rgba.hex("#000000"), Rgba.hex("#ffffff"), 1.5);

    static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    @Test
    void denseLabelsNeverOverlapAndStayInsideTheEdge() {
        LabelEngine e = new LabelEngine(300, 200, 2);
        Random r = new Random(1);
        for (int i = 0; i < 300; i++) {
            LabelPriority p = LabelPriority.values()[r.nextInt(LabelPriority.values().length)];
            e.add(LabelRequest.of(
                    p, "Site " + i, STYLE, Candidates.around(r.nextDouble() * 300, r.nextDouble() * 200, 4), i));
        }
        List<PlacedLabel> placed = e.place(MONO);
        assertTrue(placed.size() > 10 && placed.size() < 300, "some placed, some left: " + placed.size());
        assertEquals(300, placed.size() + e.unplaced().size());
        for (int i = 0; i < placed.size(); i++) {
            double[] a = placed.get(i).box();
            assertTrue(a[0] >= 2 && a[1] >= 2 && a[2] <= 298 && a[3] <= 198, "inside the edge: " + placed.get(i));
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(overlap(a, placed.get(j).box()), placed.get(i) + " overlaps " + placed.get(j));
            }
        }
    }

    @Test
    void aHigherPriorityWinsTheContestedPlaceWhateverTheOrderAdded() {
        LabelEngine e = new LabelEngine(60, 20, 0);
        CandidateSource one = (w, m) -> List.of(Candidate.at(2, 2, w, m, null));
        e.add(LabelRequest.of(LabelPriority.BASEMAP, "Kansas", STYLE, one, "basemap"));
        e.add(LabelRequest.of(LabelPriority.FLAGGED_SITE, "Mine 7", STYLE, one, "site"));
        List<PlacedLabel> placed = e.place(MONO);
        assertEquals(1, placed.size());
        assertEquals("site", placed.get(0).request().key());
    }

    @Test
    void theFirstRankedPositionIsUpperRightOfTheSymbol() {
        LabelEngine e = new LabelEngine(200, 200, 0);
        e.add(LabelRequest.of(LabelPriority.SITE, "abc", STYLE, Candidates.around(100, 100, 4), "s"));
        double[] box = e.place(MONO).get(0).box();
        assertTrue(box[0] >= 104 && box[3] <= 96, "up and to the right: " + java.util.Arrays.toString(box));
    }

    @Test
    void aNameNeverCoversASymbolButARowNumberMayWhenNothingElseIsLeft() {
        LabelEngine e = new LabelEngine(100, 100, 0);
        // Symbols all around the site: no place is clear of them.
        for (int x = 0; x <= 100; x += 6) {
            for (int y = 0; y <= 100; y += 6) {
                if (Math.abs(x - 50) > 3 || Math.abs(y - 50) > 3) {
                    e.symbol(x, y, 2);
                }
            }
        }
        e.add(new LabelRequest(
                LabelPriority.FLAGGED_SITE,
                List.of(
                        new LabelRequest.Option("Long site name", STYLE, Candidates.around(50, 50, 4), false),
                        new LabelRequest.Option("7", STYLE, Candidates.around(50, 50, 4), true)),
                "site"));
        List<PlacedLabel> placed = e.place(MONO);
        assertEquals(1, placed.size());
        assertEquals(
                "7", placed.get(0).text(), "the name had no clear place, the row number took the least crowded one");
        assertEquals(1, placed.get(0).option());
    }

    @Test
    void aReservedBoxIsNeverCovered() {
        LabelEngine e = new LabelEngine(200, 200, 0);
        double[] inset = {0, 0, 200, 95};
        e.reserve(inset);
        e.add(LabelRequest.of(LabelPriority.FLAGGED_SITE, "abcdef", STYLE, Candidates.around(100, 100, 4), "s"));
        PlacedLabel p = e.place(MONO).get(0);
        assertFalse(overlap(inset, p.box()), "below the inset: " + java.util.Arrays.toString(p.box()));
    }

    @Test
    void aNumberFarFromItsSiteGetsALeaderLine() {
        LabelEngine e = new LabelEngine(200, 200, 0);
        // Symbols crowd the ring next to the site.
        for (int dx = -12; dx <= 12; dx += 4) {
            for (int dy = -12; dy <= 12; dy += 4) {
                if (dx != 0 || dy != 0) {
                    e.symbol(100 + dx, 100 + dy, 2);
                }
            }
        }
        e.add(new LabelRequest(
                LabelPriority.FLAGGED_SITE,
                List.of(new LabelRequest.Option("12", STYLE, Candidates.aroundWithLeaders(100, 100, 4, 12, 4), true)),
                "s"));
        PlacedLabel p = e.place(MONO).get(0);
        assertNotNull(p.at().leader(), "the nearby ring is taken, so the number sits further out on a leader");
    }

    @Test
    void zoneLabelsGoAboveTheOutlineFirst() {
        double[] ring = new double[2 * 37];
        for (int i = 0; i <= 36; i++) {
            ring[2 * i] = 100 + 40 * Math.sin(Math.toRadians(i * 10));
            ring[2 * i + 1] = 100 - 40 * Math.cos(Math.toRadians(i * 10));
        }
        LabelEngine e = new LabelEngine(200, 200, 0);
        e.add(LabelRequest.of(LabelPriority.ZONE, "10 mi", STYLE, Candidates.outline(ring, 12, 3), "z"));
        double[] box = e.place(MONO).get(0).box();
        assertTrue(
                box[3] <= 60 && box[0] < 100 && box[2] > 100,
                "centred above the top: " + java.util.Arrays.toString(box));
    }

    /** A (placed first) takes the only place B has, though A could go elsewhere. */
    private static LabelEngine blockedByAMovableLabel(boolean improving) {
        LabelEngine e = new LabelEngine(200, 100, 0).improving(improving);
        CandidateSource a = (w, m) -> List.of(Candidate.at(10, 10, w, m, null), Candidate.at(10, 60, w, m, null));
        CandidateSource b = (w, m) -> List.of(Candidate.at(20, 12, w, m, null));
        e.add(LabelRequest.of(LabelPriority.FLAGGED_SITE, "Alpha", STYLE, a, "a"));
        e.add(LabelRequest.of(LabelPriority.SITE, "Bravo", STYLE, b, "b"));
        return e;
    }

    @Test
    void greedyAloneLeavesOutALabelAnotherCouldMakeRoomFor() {
        LabelEngine e = blockedByAMovableLabel(false);
        assertEquals(1, e.place(MONO).size());
        assertEquals("b", e.unplaced().get(0).key());
    }

    @Test
    void theImprovementPassMovesAPlacedLabelAsideToPlaceOneMore() {
        LabelEngine e = blockedByAMovableLabel(true);
        List<PlacedLabel> placed = e.place(MONO);
        assertEquals(2, placed.size(), "both placed: " + placed);
        assertEquals(List.of(), e.unplaced());
        PlacedLabel a = placed.stream()
                .filter(p -> p.request().key().equals("a"))
                .findFirst()
                .orElseThrow();
        assertEquals(60 + 0.78 * 8, a.at().baseline(), 1e-9, "Alpha moved to its second place");
        assertFalse(overlap(placed.get(0).box(), placed.get(1).box()));
        assertTrue(e.space().isFree(new double[] {9, 9, 17, 10}), "Alpha's old place is given back to the space");
    }

    @Test
    void theImprovementPassNeverMovesAReservedBox() {
        LabelEngine e = new LabelEngine(200, 100, 0);
        e.reserve(new double[] {15, 5, 60, 25});
        e.add(LabelRequest.of(
                LabelPriority.SITE, "Bravo", STYLE, (w, m) -> List.of(Candidate.at(20, 12, w, m, null)), "b"));
        assertEquals(List.of(), e.place(MONO));
        assertEquals(1, e.unplaced().size());
    }

    @Test
    void denseLabelsStillNeverOverlapAfterTheImprovementPassAndItPlacesMore() {
        int[] counts = new int[2];
        for (int k = 0; k < 2; k++) {
            LabelEngine e = new LabelEngine(300, 200, 2).improving(k == 1);
            Random r = new Random(7);
            for (int i = 0; i < 150; i++) {
                double x = r.nextDouble() * 300;
                double y = r.nextDouble() * 200;
                e.add(LabelRequest.of(
                        LabelPriority.values()[r.nextInt(4)], "Site " + i, STYLE, Candidates.around(x, y, 4), i));
            }
            List<PlacedLabel> placed = e.place(MONO);
            counts[k] = placed.size();
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    assertFalse(
                            overlap(placed.get(i).box(), placed.get(j).box()),
                            placed.get(i) + " overlaps " + placed.get(j));
                }
            }
        }
        assertTrue(counts[1] > counts[0], "greedy " + counts[0] + ", improved " + counts[1]);
    }

    @Test
    void aLowerLabelPlacedEarlierWithNowhereElseToGoMakesWayForAHigherOne() {
        LabelEngine e = new LabelEngine(200, 100, 0);
        CandidateSource spot = (w, m) -> List.of(Candidate.at(10, 10, w, m, null));
        e.add(LabelRequest.of(LabelPriority.TOWN, "Town", STYLE, spot, "town"));
        assertEquals(1, e.place(MONO).size(), "the town is placed by an earlier plan");
        e.add(LabelRequest.of(LabelPriority.FLAGGED_SITE, "Mine", STYLE, spot, "mine"));
        List<PlacedLabel> placed = e.place(MONO);
        assertEquals(
                List.of("mine"), placed.stream().map(p -> p.request().key()).toList());
        assertEquals(
                List.of("town"), e.unplaced().stream().map(LabelRequest::key).toList());
    }
}
