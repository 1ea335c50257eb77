package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.sample.SampleProject;

class SitesCommandTest extends CliTestSupport {

    @TempDir
    Path dir;

    @Test
    void importCreatesTheProjectReportsRejectionsAndSkipsDuplicates() throws Exception {
        Path csv = dir.resolve("sites.csv");
        Files.writeString(
                csv, "Site Name,Lat,Lon\nAlpha,40.0,-100.0\nBravo,,\nCharlie,41.0,-101.0\nAlpha,40.0,-100.0\n");
        Path p = dir.resolve("new.gpkg");
        assertEquals(
                0, run("sites", "import", p.toString(), csv.toString(), "--map", "name=Site Name"), err.toString());
        assertTrue(out.toString().strip().endsWith("imported 2, rejected 1, duplicates 1"), out.toString());
        assertTrue(err.toString().startsWith("line 3: "), err.toString());
        Project read = ProjectFile.read(p);
        assertEquals(
                List.of("Alpha", "Charlie"),
                read.sites().stream().map(MiningSite::name).toList());
        assertEquals(List.of(1L, 2L), read.sites().stream().map(MiningSite::id).toList());

        // again: every row is now a duplicate of a stored site
        assertEquals(
                0, run("sites", "import", p.toString(), csv.toString(), "--map", "name=Site Name"), err.toString());
        assertTrue(out.toString().strip().endsWith("imported 0, rejected 1, duplicates 3"), out.toString());
        Files.writeString(csv, "name,lat,lon\nDelta,35,-90\n");
        assertEquals(0, run("sites", "import", p.toString(), csv.toString()), err.toString());
        assertEquals(3L, ProjectFile.read(p).sites().get(2).id());
    }

    @Test
    void exportImportsBackUnchanged() throws Exception {
        Path sample = dir.resolve("sample.gpkg");
        ProjectFile.write(SampleProject.build(), sample);
        Path first = dir.resolve("first.csv");
        assertEquals(0, run("sites", "export", sample.toString(), first.toString()), err.toString());
        Path copy = dir.resolve("copy.gpkg");
        assertEquals(0, run("sites", "import", copy.toString(), first.toString()), err.toString());
        assertTrue(out.toString().contains("rejected 0, duplicates 0"), out.toString());
        Path second = dir.resolve("second.csv");
        assertEquals(0, run("sites", "export", copy.toString(), second.toString()), err.toString());
        assertEquals(Files.readString(first), Files.readString(second));
        assertEquals(ProjectFile.read(sample).sites(), ProjectFile.read(copy).sites());

        assertEquals(0, run("sites", "list", copy.toString()), err.toString());
        assertEquals(
                Files.readString(first).replace("\r\n", "\n"), out.toString().replace("\r\n", "\n"));

        Path gj = dir.resolve("sites.geojson");
        assertEquals(0, run("sites", "export", copy.toString(), gj.toString()), err.toString());
        assertTrue(Files.readString(gj).contains("\"FeatureCollection\""));
    }

    @Test
    void badInputsExitOneNamingTheFile() throws Exception {
        Path p = dir.resolve("p.gpkg");
        assertEquals(
                1,
                run("sites", "import", p.toString(), dir.resolve("missing.csv").toString()));
        assertTrue(err.toString().startsWith("standoff: ") && err.toString().contains("missing.csv"), err.toString());
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "name,lat,lon\nA,40,-100\n");
        assertEquals(1, run("sites", "import", p.toString(), csv.toString(), "--map", "name=Nope"));
        assertTrue(err.toString().contains("Nope"), err.toString());
        assertEquals(
                1,
                run(
                        "sites",
                        "export",
                        dir.resolve("none.gpkg").toString(),
                        dir.resolve("o.csv").toString()));
        assertTrue(err.toString().contains("none.gpkg"), err.toString());
        assertEquals(1, run("sites", "list", dir.resolve("none.gpkg").toString()));
    }
}
