package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.LayerRole;
import org.standoff.model.Project;
import org.standoff.sample.SampleProject;

class ProjectCommandTest extends CliTestSupport {

    @TempDir
    Path dir;

    @Test
    void newAddLayerInfo() throws Exception {
        Path p = dir.resolve("alpha.gpkg");
        assertEquals(0, run("project", "new", p.toString()), err.toString());
        assertTrue(Files.exists(p));
        Path subs = points(dir.resolve("substations.shp"), new String[] {"S1", "S2"}, -100, 40, -101, 41);
        Path other = points(dir.resolve("things.shp"), new String[] {"T"}, -100, 40);
        assertEquals(0, run("project", "add-layer", p.toString(), subs.toString()), err.toString());
        assertEquals(
                0,
                run("project", "add-layer", p.toString(), other.toString(), "--role", "installations"),
                err.toString());
        Project read = ProjectFile.read(p);
        assertEquals(2, read.layers().size());
        assertEquals(LayerRole.SUBSTATIONS, read.layers().get(0).role());
        assertEquals(LayerRole.INSTALLATIONS, read.layers().get(1).role());
        assertTrue(!read.layers().get(0).id().equals(read.layers().get(1).id()));

        assertEquals(0, run("project", "info", p.toString()), err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"name\": \"alpha\""), json);
        assertTrue(json.contains("\"schemaVersion\": " + ProjectFile.SCHEMA_VERSION), json);
        assertTrue(json.contains("{\"name\": \"substations\", \"role\": \"substations\", \"features\": 2}"), json);
        assertTrue(json.contains("\"sites\": 0"), json);
    }

    @Test
    void infoOfTheSampleListsZonesAndRuleSets() throws Exception {
        Path p = dir.resolve("sample.gpkg");
        Project sample = SampleProject.build();
        ProjectFile.write(sample, p);
        assertEquals(0, run("project", "info", p.toString()), err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"sites\": " + sample.sites().size()), json);
        assertTrue(json.contains("{\"name\": \"CFIUS close proximity\", \"kind\": \"LAYER_BUFFER\"}"), json);
        assertTrue(
                json.contains("\"rules\": " + sample.ruleSets().get(0).rules().size()), json);
    }

    @Test
    void badInputsExitOneNamingTheFile() throws Exception {
        Path missing = dir.resolve("nope.gpkg");
        assertEquals(1, run("project", "info", missing.toString()));
        assertTrue(err.toString().startsWith("standoff: ") && err.toString().contains("nope.gpkg"), err.toString());

        Path p = dir.resolve("a.gpkg");
        assertEquals(0, run("project", "new", p.toString()));
        Path broken = dir.resolve("broken.shp");
        Files.write(broken, new byte[] {1, 2, 3});
        assertEquals(1, run("project", "add-layer", p.toString(), broken.toString()));
        assertTrue(err.toString().contains("broken.shp"), err.toString());
        assertEquals(1, run("project", "add-layer", p.toString(), broken.toString(), "--role", "bogus"));
        assertTrue(err.toString().contains("bogus"), err.toString());
        Path notProject = dir.resolve("text.gpkg");
        Files.writeString(notProject, "hello");
        assertEquals(1, run("project", "info", notProject.toString()));
        assertTrue(err.toString().contains("text.gpkg"), err.toString());
    }
}
