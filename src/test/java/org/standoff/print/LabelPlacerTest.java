package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.standoff.render.Rgba;
import org.standoff.render.TextStyle;

class LabelPlacerTest {

    /** 5 units per character: predictable widths. */
    static final TextMeasure MONO = (text, style) -> text.codePointCount(0, text.length()) * 5.0;
    static final TextStyle STYLE = TextStyle.plain(8, Rgba.hex("#000000"));

    @Test
    void denseCandidatesNeverOverlapAndStayInBounds() {
        Rect bounds = new Rect(0, 0, 300, 200);
        LabelPlacer placer = new LabelPlacer(bounds, MONO, STYLE, 80, 4);
        Random r = new Random(1);
        List<LabelPlacer.Candidate> cs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            cs.add(new LabelPlacer.Candidate("Site " + i, r.nextDouble() * 300, r.nextDouble() * 200, r.nextInt(5)));
        }
        List<LabelPlacer.Placed> placed = placer.place(cs);
        assertTrue(placed.size() > 10 && placed.size() < 300, "some placed, some dropped: " + placed.size());
        for (int i = 0; i < placed.size(); i++) {
            assertTrue(bounds.contains(placed.get(i).box()));
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()), placed.get(i) + " overlaps " + placed.get(j));
            }
        }
    }

    @Test
    void higherPriorityWinsACollision() {
        LabelPlacer placer = new LabelPlacer(new Rect(0, 0, 60, 14), MONO, STYLE, 100, 2);
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("low", 2, 7, 1), new LabelPlacer.Candidate("HIGH", 2, 7, 9)));
        assertEquals(1, placed.size());
        assertEquals("HIGH", placed.get(0).text());
    }

    @Test
    void labelTriesTheLeftWhenTheRightIsTaken() {
        LabelPlacer placer = new LabelPlacer(new Rect(0, 0, 200, 50), MONO, STYLE, 100, 2);
        placer.addObstacle(new Rect(102, 0, 98, 50));
        List<LabelPlacer.Placed> placed = placer.place(List.of(new LabelPlacer.Candidate("abcdef", 100, 25, 0)));
        assertEquals(1, placed.size());
        assertTrue(placed.get(0).box().right() <= 100, placed.get(0).toString());
    }

    @Test
    void longNamesAreShortenedAtAWordBoundaryWithAnEllipsis() {
        LabelPlacer placer = new LabelPlacer(new Rect(0, 0, 500, 50), MONO, STYLE, 100, 2);
        List<LabelPlacer.Placed> placed = placer.place(List.of(
                new LabelPlacer.Candidate("Blue Mesa Digital Mining Facility North", 10, 25, 0)));
        assertEquals("Blue Mesa Digital…", placed.get(0).text());
        assertTrue(MONO.width(placed.get(0).text(), STYLE) <= 100);
    }

    @Test
    void textFitKeepsShortTextAndCutsWordlessTextBetweenCharacters() {
        assertEquals("Fort Knox", TextFit.fit("Fort Knox", STYLE, 100, MONO));
        assertEquals("Abcdefghi…", TextFit.fit("Abcdefghijklmnopqrstuvwxyz", STYLE, 50, MONO));
        assertEquals("", TextFit.fit("Anything", STYLE, 3, MONO));
        assertEquals("Sainte-Geneviève…", TextFit.fit("Sainte-Geneviève Hashworks", STYLE, 90, MONO));
    }
}
