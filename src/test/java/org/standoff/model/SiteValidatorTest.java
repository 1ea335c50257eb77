package org.standoff.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SiteValidatorTest {

    private static List<String> fields(List<SiteProblem> problems) {
        return problems.stream().map(SiteProblem::field).collect(Collectors.toList());
    }

    @Test
    void aCompleteSiteHasNoProblems() {
        MiningSite s = MiningSite.at("Whinstone", -97.07, 30.97)
                .withOwnerCountry("Germany")
                .withCapacityMw(Parsed.of(700.0))
                .withStatus(Parsed.of(SiteStatus.OPERATING))
                .withConfidence(Parsed.of(Confidence.CONFIRMED))
                .withSource("company filing 2023")
                .withForeignControlled(Parsed.of(true));
        assertEquals(List.of(), SiteValidator.validate(s));
    }

    @Test
    void outOfRangeLocationBlocksAndSaysWhich() {
        List<SiteProblem> p = SiteValidator.validate(MiningSite.at("X", 200, -95));
        assertEquals(List.of("latitude", "longitude"), fields(p));
        assertTrue(p.stream().allMatch(SiteProblem::isBlocking));
        assertEquals("Latitude -95 is outside -90 to 90 degrees.", p.get(0).message());
        assertTrue(
                SiteValidator.validate(MiningSite.at("X", Double.NaN, 0)).get(0).isBlocking());
    }

    @Test
    void doubtfulValuesAreFlaggedForReviewWithPlainMessages() {
        MiningSite s = new MiningSite(
                0,
                null,
                null,
                null,
                "Narnia",
                SiteText.parseYesNo("partly"),
                Parsed.of(-5.0),
                SiteStatus.parse("mothballed"),
                -100,
                40,
                null,
                null,
                Parsed.of(Confidence.CONFIRMED),
                null,
                null,
                null);
        List<SiteProblem> p = SiteValidator.validate(s);
        assertEquals(
                List.of("name", "capacity_mw", "status", "confidence", "foreign_controlled", "owner_country"),
                fields(p));
        assertTrue(p.stream().noneMatch(SiteProblem::isBlocking));
        assertEquals(
                "Capacity must be a positive number of megawatts, not -5.",
                p.get(1).message());
        assertTrue(p.get(2)
                .message()
                .startsWith("Status \"mothballed\" is not one of: operating, under construction, planned, closed"));
        assertTrue(p.get(3).message().startsWith("A site can be marked confirmed only with a source"));
        assertTrue(p.get(5).message().contains("Narnia"));
    }

    @Test
    void recognisesCountryNamesCodesAndCommonAliases() {
        for (String c : List.of("United States", "US", "USA", "CHN", "china", "Russia", "U.K.", "France")) {
            assertEquals(
                    List.of(), SiteValidator.validate(MiningSite.at("A", 0, 0).withOwnerCountry(c)), c);
        }
        assertEquals(
                List.of("capacity_mw"),
                fields(SiteValidator.validate(
                        MiningSite.at("A", 0, 0).withCapacityMw(SiteText.parseCapacity("lots")))));
    }
}
