package org.standoff.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteProblem;
import org.standoff.model.SiteStatus;

class SiteImporterTest {

    @TempDir
    Path dir;

    ImportPlan plan(String csv, List<MiningSite> existing, DuplicatePolicy policy) throws Exception {
        Path p = dir.resolve("in.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        CsvFile f = CsvFile.read(p);
        return SiteImporter.plan(f.toSourceTable(), ColumnMapping.auto(f.header()), existing, policy);
    }

    static List<String> flagFields(ImportPlan.PlannedSite p) {
        return p.flags().stream().map(SiteProblem::field).collect(Collectors.toList());
    }

    @Test
    void rejectsRowWithoutCoordinatesAndKeepsUnknownStatusFlagged() throws Exception {
        ImportPlan plan =
                plan("name,lat,lon,status\nA,38.5,-77.1,Active\nB,,,operating\n", List.of(), DuplicatePolicy.SKIP);
        assertEquals(1, plan.toInsert().size());
        ImportPlan.PlannedSite a = plan.toInsert().get(0);
        assertEquals(2, a.line());
        assertEquals("Active", a.site().status().text());
        assertEquals(List.of("status"), flagFields(a));
        assertEquals(1, plan.rejected().size());
        assertEquals(3, plan.rejected().get(0).line());
        assertEquals(
                "no coordinates: the latitude and longitude are blank",
                plan.rejected().get(0).reason());
        assertEquals("2 lines read: 1 site to add (1 to review), 1 rejected", plan.summary());
    }

    @Test
    void readsDecimalDmsMgrsAndWktLocationsAndRejectsNonPoints() throws Exception {
        Path file = Path.of(
                getClass().getResource("test-data/ok/mixed-locations.csv").toURI());
        CsvFile f = CsvFile.read(file);
        ImportPlan plan = SiteImporter.plan(
                f.toSourceTable(), ColumnMapping.auto(f.header()), List.of(), DuplicatePolicy.KEEP_BOTH);
        List<MiningSite> s = plan.sites();
        assertEquals(4, s.size());
        assertEquals(-77.035260, s.get(0).lon(), 1e-9);
        assertEquals(38.889510, s.get(1).lat(), 1e-5, "DMS");
        assertEquals(-77.035260, s.get(2).lon(), 1e-4, "MGRS cell centre");
        assertEquals(-97.07, s.get(3).lon(), 0);
        assertEquals(Parsed.of(SiteStatus.UNDER_CONSTRUCTION), s.get(3).status());
        // DMS row: capacity and status kept as written; "confirmed" without a source flagged
        assertEquals("about 50", s.get(1).capacityMw().text());
        assertEquals("Mothballed", s.get(1).status().text());
        assertEquals(
                List.of("capacity_mw", "status", "confidence"),
                flagFields(plan.toInsert().get(1)));
        assertEquals(List.of("owner_country"), flagFields(plan.toInsert().get(2)), "Narnia");
        assertEquals(List.of(), flagFields(plan.toInsert().get(0)));
        assertEquals(2, plan.rejected().size());
        assertEquals(6, plan.rejected().get(0).line());
        assertEquals(
                "no coordinates: the location is blank", plan.rejected().get(0).reason());
        assertEquals(
                "the geometry is a POLYGON; only a point can locate a site",
                plan.rejected().get(1).reason());
    }

    @Test
    void rejectsOutOfRangeAndObviouslySwappedCoordinatesWithoutSwappingThem() throws Exception {
        ImportPlan plan = plan(
                "name,lat,lon\nFar,95,100\nSwapped,-98.5,31.2\nBad lon,10,200\nText,abc,def\n",
                List.of(),
                DuplicatePolicy.SKIP);
        assertEquals(List.of(), plan.toInsert());
        List<String> reasons =
                plan.rejected().stream().map(ImportPlan.RejectedRow::reason).toList();
        assertEquals("latitude 95 is outside -90 to 90", reasons.get(0));
        assertEquals("latitude -98.5 is outside -90 to 90 (latitude and longitude look swapped)", reasons.get(1));
        assertEquals("longitude 200 is outside -180 to 180", reasons.get(2));
        assertTrue(reasons.get(3).startsWith("cannot read coordinates \"abc\", \"def\""), reasons.get(3));
        assertEquals(
                List.of(2L, 3L, 4L, 5L),
                plan.rejected().stream().map(ImportPlan.RejectedRow::line).toList());
    }

    @Test
    void dmsInSeparateColumnsAndDecimalCommasAreRead() throws Exception {
        ImportPlan plan = plan(
                "name;latitude;longitude\nA;38°53'22.24\" N;77°02'06.94\" W\nB;38,5;-77,25\n",
                List.of(),
                DuplicatePolicy.SKIP);
        assertEquals(2, plan.sites().size());
        assertEquals(-77.03526, plan.sites().get(0).lon(), 1e-5);
        assertEquals(-77.25, plan.sites().get(1).lon(), 0);
    }

    @Test
    void extraAndMissingColumnsAreFlaggedNotDropped() throws Exception {
        ImportPlan plan =
                plan("name,lat,lon,capacity_mw\nA,1,2,5,surprise\nB,3,4\nC,5,6,,\n", List.of(), DuplicatePolicy.SKIP);
        assertEquals(3, plan.toInsert().size());
        assertTrue(plan.toInsert().get(0).flags().get(0).message().contains("extra values \"surprise\""));
        assertTrue(plan.toInsert().get(1).flags().get(0).message().contains("only 3 of 4 values"));
        assertEquals(List.of(), plan.toInsert().get(2).flags(), "an empty trailing value is not worth a flag");
    }

    @Test
    void blankOrNonNumericCapacityAndNonNumericIdsAreKeptAndFlagged() throws Exception {
        ImportPlan plan = plan(
                "id,name,lat,lon,capacity,foreign\nSITE-7,A,1,2,\"1,500\",maybe\n,B,1,3,,\n",
                List.of(),
                DuplicatePolicy.SKIP);
        MiningSite a = plan.sites().get(0);
        assertEquals(0, a.id());
        assertEquals("[id in source: SITE-7]", a.notes());
        assertEquals("1,500", a.capacityMw().text());
        assertEquals("maybe", a.foreignControlled().text());
        assertEquals(
                List.of("id", "capacity_mw", "foreign_controlled"),
                flagFields(plan.toInsert().get(0)));
        assertTrue(plan.sites().get(1).capacityMw().isEmpty());
        assertEquals(List.of(), plan.toInsert().get(1).flags());
    }

    @Test
    void windows1252NamesArriveIntact() throws Exception {
        Path p = dir.resolve("cp.csv");
        Files.write(
                p,
                "name;lat;lon;owner\nSociété Minière;46,5;6,6;Crédit Agricole\n"
                        .getBytes(Charset.forName("windows-1252")));
        CsvFile f = CsvFile.read(p);
        ImportPlan plan =
                SiteImporter.plan(f.toSourceTable(), ColumnMapping.auto(f.header()), List.of(), DuplicatePolicy.SKIP);
        assertEquals("Société Minière", plan.sites().get(0).name());
        assertEquals("Crédit Agricole", plan.sites().get(0).owner());
    }

    static final String DUPES = "id,name,lat,lon,operator,capacity_mw\n"
            + "5,Same Id Site,10,10,,42\n" // line 2: same id as existing 5
            + ",  whinstone   US ,30.97001,-97.07,Riot,700\n" // line 3: same name ~1 m from existing
            + ",Whinstone US,31.5,-97.07,,\n" // line 4: same name but 59 km away: not a duplicate
            + ",New,1,1,Op,\n" // line 5
            + ",NEW,1.0001,1,,9\n"; // line 6: duplicate of line 5 (11 m)

    static List<MiningSite> existing() {
        return List.of(
                MiningSite.at("Old five", 0, 0).withId(5).withOperator("Keep me"),
                MiningSite.at("Whinstone US", -97.07, 30.97).withId(8));
    }

    @Test
    void duplicatesAreSkippedUnderSkip() throws Exception {
        ImportPlan plan = plan(DUPES, existing(), DuplicatePolicy.SKIP);
        assertEquals(
                List.of(4L, 5L),
                plan.toInsert().stream().map(ImportPlan.PlannedSite::line).toList());
        List<ImportPlan.DuplicateRow> d = plan.duplicates();
        assertEquals(3, d.size());
        assertEquals(ImportPlan.DuplicateReason.SAME_ID, d.get(0).reason());
        assertEquals(5, d.get(0).match().id());
        assertEquals(ImportPlan.DuplicateReason.SAME_NAME_NEARBY, d.get(1).reason());
        assertEquals(8, d.get(1).match().id());
        assertTrue(d.get(1).distanceMetres() < 5);
        assertEquals(List.of("name"), d.get(0).conflictingFields(), "same id, different name: shown to the user");
        assertEquals(5, d.get(2).matchLine());
        assertEquals(List.of(), plan.merges());
    }

    @Test
    void mergeFillsOnlyBlankFieldsOfExistingAndEarlierSites() throws Exception {
        ImportPlan plan = plan(DUPES, existing(), DuplicatePolicy.MERGE);
        assertEquals(2, plan.merges().size());
        ImportPlan.Merge five = plan.merges().get(0);
        assertEquals(List.of(2L), five.lines());
        assertEquals("Keep me", five.after().operator());
        assertEquals(Parsed.of(42.0), five.after().capacityMw());
        assertEquals(0, five.after().lon(), "location is never merged");
        ImportPlan.Merge whinstone = plan.merges().get(1);
        assertEquals("Riot", whinstone.after().operator());
        assertEquals("Whinstone US", whinstone.after().name(), "the existing name is kept");
        // line 6 merged into line 5's planned site
        assertEquals(2, plan.toInsert().size());
        MiningSite fromLine5 = plan.toInsert().get(1).site();
        assertEquals("New", fromLine5.name());
        assertEquals("Op", fromLine5.operator());
        assertEquals(Parsed.of(9.0), fromLine5.capacityMw());
    }

    @Test
    void keepBothImportsDuplicatesAsNewSitesFlaggedWithTheirMatch() throws Exception {
        ImportPlan plan = plan(DUPES, existing(), DuplicatePolicy.KEEP_BOTH);
        assertEquals(5, plan.toInsert().size());
        ImportPlan.PlannedSite sameId = plan.toInsert().get(0);
        assertEquals(0, sameId.site().id(), "a taken id is not reused");
        assertTrue(sameId.flags().get(0).message().startsWith("Id 5 is already used by existing site 5"));
        assertTrue(plan.toInsert().get(4).flags().get(0).message().startsWith("Possible duplicate of line 5"));
        assertEquals(3, plan.duplicates().size());
    }

    @Test
    void idsFromTheFileAreKeptWhenFree() throws Exception {
        ImportPlan plan = plan("id,name,lat,lon,confidence\n12,A,1,2,LIKELY\n", List.of(), DuplicatePolicy.SKIP);
        assertEquals(12, plan.sites().get(0).id());
        assertEquals(Parsed.of(Confidence.LIKELY), plan.sites().get(0).confidence());
        assertNull(plan.sites().get(0).notes());
    }

    /** Case 13 of issue #16: one timestamp beyond what a project can hold once aborted the whole import. */
    @org.junit.jupiter.api.Test
    void aTimestampBeyondTheYearsAProjectHoldsFallsBackToTheImportTimeAndTheRestImports(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ImportPlan plan = plan(
                "name,lat,lon,created_at\nA,38.5,-77.1,+1000000000-01-01T00:00:00Z\nB,38.6,-77.2,2025-01-01T00:00:00Z\n",
                List.of(),
                DuplicatePolicy.SKIP);
        assertEquals(2, plan.toInsert().size(), "both rows are imported");
        ImportPlan.PlannedSite a = plan.toInsert().get(0);
        assertNull(a.site().created(), "the import time is used instead");
        assertTrue(flagFields(a).contains("created_at"), flagFields(a).toString());
        assertEquals(
                java.time.Instant.parse("2025-01-01T00:00:00Z"),
                plan.toInsert().get(1).site().created());
        java.nio.file.Path file = dir.resolve("p.gpkg");
        org.standoff.io.store.ProjectFile.write(
                new org.standoff.model.Project(
                        "p",
                        List.of(),
                        plan.sites(),
                        List.of(),
                        List.of(),
                        org.standoff.model.Project.MapViewState.WHOLE_US,
                        java.util.Map.of()),
                file);
        assertEquals(2, org.standoff.io.store.ProjectFile.read(file).sites().size());
    }
}
