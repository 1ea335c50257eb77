package org.standoff.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.csv.ColumnMapping;
import org.standoff.io.csv.CsvFile;
import org.standoff.io.csv.DuplicatePolicy;
import org.standoff.io.csv.ImportPlan;
import org.standoff.io.csv.SiteImporter;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.ui.command.UndoManager;

/** The path an import takes in the app: a plan with merges goes into the sites in one undoable step. */
class SitesViewModelImportTest {

    @TempDir
    Path dir;

    @Test
    void aPlanWithMergesIsImportedInOneStepAndOneUndoRestoresTheSites() throws Exception {
        UndoManager undo = new UndoManager();
        SitesViewModel sites = new SitesViewModel(undo, Clock.systemUTC());
        sites.load(List.of(
                MiningSite.at("Old five", 0, 0).withId(5).withOperator("Keep me"),
                MiningSite.at("Whinstone US", -97.07, 30.97).withId(8)));
        Path csv = dir.resolve("in.csv");
        Files.writeString(
                csv,
                "id,name,lat,lon,operator,capacity_mw\n"
                        + "5,Same Id Site,10,10,,42\n"
                        + ",  whinstone   US ,30.97001,-97.07,Riot,700\n"
                        + ",New One,31.5,-97.07,,\n",
                StandardCharsets.UTF_8);
        CsvFile f = CsvFile.read(csv);
        ImportPlan plan = SiteImporter.plan(
                f.toSourceTable(), ColumnMapping.auto(f.header()), List.copyOf(sites.sites()), DuplicatePolicy.MERGE);
        assertEquals(2, plan.merges().size());

        // What SiteImportModel.commit hands over.
        sites.importAll(
                plan.sites(),
                plan.merges().stream()
                        .map(m -> new SitesViewModel.Merge(m.before(), m.after()))
                        .toList(),
                "Import");
        assertEquals(3, sites.sites().size());
        assertEquals(Parsed.of(42.0), sites.byId(5).orElseThrow().capacityMw(), "the merge filled the empty field");
        assertEquals("Keep me", sites.byId(5).orElseThrow().operator(), "and kept what the file left empty");

        undo.undo();
        assertEquals(2, sites.sites().size(), "one undo takes the whole import back");
        assertTrue(sites.byId(5).orElseThrow().capacityMw().isEmpty());
    }
}
