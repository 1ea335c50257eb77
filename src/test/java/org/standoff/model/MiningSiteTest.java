package org.standoff.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiningSiteTest {

    @Test
    void unknownStatusIsKeptAsWrittenAndKnownOnesAreRecognisedInAnySpelling() {
        assertEquals(Parsed.of(SiteStatus.UNDER_CONSTRUCTION), SiteStatus.parse(" Under_Construction "));
        assertEquals(Parsed.of(SiteStatus.OPERATING), SiteStatus.parse("OPERATING"));
        Parsed<SiteStatus> odd = SiteStatus.parse("Active (seasonal)");
        assertTrue(odd.needsReview());
        assertEquals("Active (seasonal)", odd.text());
        assertTrue(SiteStatus.parse("  ").isEmpty());
        assertEquals(Parsed.of(Confidence.LIKELY), Confidence.parse("Likely"));
        assertEquals("probable", Confidence.parse("probable").text());
    }

    @Test
    void parsedHoldsEitherAValueOrRawTextNeverBoth() {
        assertThrows(IllegalArgumentException.class, () -> new Parsed<>(1.0, "1"));
        assertThrows(IllegalArgumentException.class, () -> new Parsed<>(null, " "));
        assertTrue(Parsed.unrecognised("").isEmpty());
    }

    @Test
    void capacityIsUnderstoodOnlyWhenUnambiguous() {
        assertEquals(Parsed.of(50.0), SiteText.parseCapacity("50"));
        assertEquals(Parsed.of(12.5), SiteText.parseCapacity(" 12.5 MW"));
        assertEquals("1,500", SiteText.parseCapacity("1,500").text());
        assertEquals("about 50", SiteText.parseCapacity("about 50").text());
        assertEquals("12.5", SiteText.number(12.5));
        assertEquals("100", SiteText.number(100.0));
        assertEquals("0.0001", SiteText.number(1e-4));
        assertEquals(Parsed.of(true), SiteText.parseYesNo("Y"));
        assertEquals("partly", SiteText.parseYesNo("partly").text());
    }

    @Test
    void blankTextBecomesAbsentAndTimestampsKeepMilliseconds() {
        MiningSite s = new MiningSite(
                0,
                "  ",
                "",
                null,
                null,
                null,
                null,
                null,
                1,
                2,
                null,
                null,
                null,
                null,
                Instant.parse("2024-05-01T10:00:00.123456789Z"),
                null);
        assertNull(s.name());
        assertNull(s.operator());
        assertTrue(s.status().isEmpty());
        assertEquals(Instant.parse("2024-05-01T10:00:00.123Z"), s.created());
    }

    @Test
    void confirmedCountsOnlyWithASource() {
        MiningSite s = MiningSite.at("A", -100, 40).withConfidence(Parsed.of(Confidence.CONFIRMED));
        assertFalse(s.isConfirmed());
        assertTrue(s.withSource("https://example.org/filing.pdf").isConfirmed());
    }

    @Test
    void fillBlanksFromKeepsSetFieldsAndReportsConflicts() {
        MiningSite mine = MiningSite.at("A", -100, 40).withOperator("Op1");
        MiningSite theirs = MiningSite.at("a", -100.0001, 40)
                .withOperator("Op2")
                .withOwner("Own")
                .withCapacityMw(Parsed.of(30.0));
        MiningSite merged = mine.fillBlanksFrom(theirs);
        assertEquals("Op1", merged.operator());
        assertEquals("Own", merged.owner());
        assertEquals(Parsed.of(30.0), merged.capacityMw());
        assertEquals(-100, merged.lon());
        assertEquals(List.of("name", "operator"), mine.conflictingFields(theirs));
    }

    @Test
    void withMethodsChangeOneFieldOnly() {
        MiningSite s = MiningSite.at("A", -100, 40);
        MiningSite t = s.withLocation(-101, 41).withStatus(Parsed.of(SiteStatus.PLANNED));
        assertEquals(-100, s.lon());
        assertEquals(-101, t.lon());
        assertEquals(41, t.lat());
        assertEquals("A", t.name());
        assertEquals(SiteStatus.PLANNED, t.status().value());
    }
}
