package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The CLI never destroys its inputs, never hands a spreadsheet a formula, and tells input errors from its own (issue #16). */
class CliSafetyTest extends CliTestSupport {

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path p = dir.resolve("p.gpkg");
        ProjectFile.write(SampleProject.build(), p);
        return p;
    }

    @Test
    void analyzeRefusesToWriteOverItsProject() throws Exception {
        Path p = sample();
        byte[] before = Files.readAllBytes(p);
        assertEquals(1, run("analyze", p.toString(), "--out", p.toString()));
        assertTrue(err.toString().contains(".csv"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(p), "the project is untouched");
    }

    @Test
    void analyzeRefusesToWriteOverItsSitesCsv() throws Exception {
        Path csv = Files.writeString(dir.resolve("s.csv"), "name,lat,lon\nA,41,-104\n");
        Path shp = dir.resolve("none.shp");
        assertEquals(
                1,
                run("analyze", "--sites", csv.toString(), "--installations", shp.toString(), "--out", csv.toString()));
        assertTrue(err.toString().contains("one of this command's inputs"), err.toString());
        assertEquals("name,lat,lon\nA,41,-104\n", Files.readString(csv));
    }

    @Test
    void bufferRefusesEveryPartOfItsInputShapefile() throws Exception {
        Path shp = Files.writeString(dir.resolve("x.shp"), "not really");
        Path dbf = Files.writeString(dir.resolve("x.dbf"), "attributes");
        assertEquals(1, run("buffer", shp.toString(), "--radius", "1mi", "--out", shp.toString()));
        assertEquals(
                1,
                run(
                        "buffer",
                        shp.toString(),
                        "--radius",
                        "1mi",
                        "--out",
                        dir.resolve("x.dbf").toString()));
        assertEquals("attributes", Files.readString(dbf));
        assertEquals("not really", Files.readString(shp));
    }

    @Test
    void aFolderOrDeviceIsNeverAnOutput() throws Exception {
        Path p = sample();
        Path folder = Files.createDirectory(dir.resolve("out.csv"));
        assertEquals(1, run("analyze", p.toString(), "--out", folder.toString()));
        assertTrue(err.toString().contains("not a regular file"), err.toString());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void exportedTextCellsThatLookLikeFormulasAreGuardedAndImportBackUnchanged() throws Exception {
        List<MiningSite> sites = List.of(
                MiningSite.at("=HYPERLINK(\"http://x\",\"click\")", -104.8, 41.1)
                        .withId(1)
                        .withNotes("+cmd|' /C calc'!A0"),
                MiningSite.at("@SUM(A1)", -105, 40).withId(2).withNotes("-2+3"),
                MiningSite.at("Plain", -106, 39).withId(3).withNotes("-12.5"));
        Path p = dir.resolve("p.gpkg");
        ProjectFile.write(
                new Project(
                        "p", List.of(), sites, List.of(), List.of(), Project.MapViewState.WHOLE_US, java.util.Map.of()),
                p);
        Path csv = dir.resolve("sites.csv");
        assertEquals(0, run("sites", "export", p.toString(), csv.toString()), err.toString());
        String text = Files.readString(csv);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), text);
        assertTrue(text.contains("'+cmd|"), text);
        assertTrue(text.contains("'@SUM(A1)"), text);
        assertTrue(text.contains("'-2+3"), text);
        assertTrue(text.contains(",-12.5,") || text.contains(",-12.5\r"), "a real number is left alone: " + text);
        assertTrue(text.contains("-104.8"), "coordinates stay numbers: " + text);
        for (String line : text.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertFalse(
                        cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"), "unguarded cell " + cell);
            }
        }
        Path copy = dir.resolve("copy.gpkg");
        assertEquals(0, run("sites", "import", copy.toString(), csv.toString()), err.toString());
        assertEquals(
                sites.stream().map(MiningSite::name).toList(),
                ProjectFile.read(copy).sites().stream().map(MiningSite::name).toList());
        assertEquals(
                sites.stream().map(MiningSite::notes).toList(),
                ProjectFile.read(copy).sites().stream().map(MiningSite::notes).toList());
    }

    @Test
    void exportsAreCreatedWithTheUsersUmaskNotMadePrivate() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path p = sample();
        java.util.Set<java.nio.file.attribute.PosixFilePermission> usual =
                Files.getPosixFilePermissions(Files.createFile(dir.resolve("usual")));
        org.junit.jupiter.api.Assumptions.assumeFalse(
                usual.equals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")),
                "a umask of 077 makes every file private anyway");
        for (String name : List.of("sites.csv", "sites.geojson")) {
            Path out = dir.resolve(name);
            assertEquals(0, run("sites", "export", p.toString(), out.toString()), err.toString());
            assertEquals(
                    usual,
                    Files.getPosixFilePermissions(out),
                    name + " has the permissions of any new file of the user's");
        }
        Path findings = dir.resolve("findings.csv");
        assertEquals(0, run("analyze", p.toString(), "--out", findings.toString()), err.toString());
        assertEquals(usual, Files.getPosixFilePermissions(findings));
    }

    @Test
    void findingsCsvGuardsSiteNames() throws Exception {
        Path p = dir.resolve("p.gpkg");
        ProjectFile.write(
                new Project(
                        "p",
                        List.of(),
                        List.of(MiningSite.at("=1+1", -104.8, 41.1).withId(1)),
                        List.of(),
                        List.of(),
                        Project.MapViewState.WHOLE_US,
                        java.util.Map.of()),
                p);
        Path out = dir.resolve("f.csv");
        assertEquals(0, run("analyze", p.toString(), "--out", out.toString()), err.toString());
        assertTrue(Files.readString(out).contains(",'=1+1,"), Files.readString(out));
    }

    @Test
    void sitesListNeverPassesControlCharactersToTheTerminal() throws Exception {
        Path p = dir.resolve("p.gpkg");
        ProjectFile.write(
                new Project(
                        "p",
                        List.of(),
                        List.of(MiningSite.at("Evil\u001b]0;pwned\u0007\u001b[2J", -104.8, 41.1)
                                .withId(1)),
                        List.of(),
                        List.of(),
                        Project.MapViewState.WHOLE_US,
                        java.util.Map.of()),
                p);
        assertEquals(0, run("sites", "list", p.toString()), err.toString());
        String shown = out.toString();
        assertFalse(shown.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == '\r'), shown);
        assertTrue(shown.contains("Evil\\x1B]0;pwned\\x07"), shown);
    }

    @Test
    void oneUnusableSiteRowNeitherBlocksAnalysisNorSavingAndRepairRemovesIt() throws Exception {
        Path p = sample();
        int before = ProjectFile.read(p).sites().size();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p);
                java.sql.Statement s = c.createStatement()) {
            s.execute(
                    "UPDATE standoff_sites SET geom = X'47500001E6100000FF' WHERE id = (SELECT min(id) FROM standoff_sites)");
        }
        Path out = dir.resolve("f.csv");
        assertEquals(0, run("analyze", p.toString(), "--out", out.toString()), err.toString());
        assertEquals(before - 1, Files.readAllLines(out).size() - 1, "the other sites are screened");
        Path csv = Files.writeString(dir.resolve("more.csv"), "name,lat,lon\nExtra,41.3,-104.9\n");
        assertEquals(0, run("sites", "import", p.toString(), csv.toString()), err.toString());

        assertEquals(1, run("project", "check", p.toString()));
        assertTrue(out.toString().length() > 0 && this.out.toString().contains("set aside"), this.out.toString());
        assertEquals(0, run("project", "repair", p.toString()), err.toString());
        assertTrue(this.out.toString().contains("1 unusable row(s) deleted"), this.out.toString());
        assertEquals(0, run("project", "check", p.toString()), this.out.toString());
        assertEquals(before, ProjectFile.read(p).sites().size(), "one removed, one imported");
    }

    @Test
    void oneUnusableZoneRowNeitherBlocksAnalysisNorSavingAndRepairRemovesIt() throws Exception {
        Path p = sample();
        int zones = ProjectFile.read(p).zones().size();
        org.junit.jupiter.api.Assumptions.assumeTrue(zones >= 2, "the sample has zones");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p);
                java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE standoff_zones SET kind = 'HEXAGON' WHERE zone_order = 0");
        }
        Path out = dir.resolve("f.csv");
        assertEquals(0, run("analyze", p.toString(), "--out", out.toString()), err.toString());
        Path csv = Files.writeString(dir.resolve("more.csv"), "name,lat,lon\nExtra,41.3,-104.9\n");
        assertEquals(0, run("sites", "import", p.toString(), csv.toString()), err.toString());
        assertEquals(
                zones - 1,
                ProjectFile.read(p).zones().size(),
                "the import saved the project; the bad zone row is kept aside");

        assertEquals(1, run("project", "check", p.toString()));
        assertTrue(
                this.out.toString().contains("HEXAGON") && this.out.toString().contains("set aside"),
                this.out.toString());
        assertEquals(0, run("project", "repair", p.toString()), err.toString());
        assertTrue(this.out.toString().contains("1 unusable row(s) deleted"), this.out.toString());
        assertEquals(0, run("project", "check", p.toString()), this.out.toString());
        assertEquals(zones - 1, ProjectFile.read(p).zones().size());
    }

    @Test
    void locatePrintsCoordinatesAndNamedPlacesAsJsonAndRefusesWords() throws Exception {
        Path p = sample();
        assertEquals(0, run("locate", "warren", "--project", p.toString()), err.toString());
        com.google.gson.JsonArray found =
                com.google.gson.JsonParser.parseString(out.toString()).getAsJsonArray();
        assertEquals(
                "F.E. Warren Air Force Base",
                found.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(0, run("locate", "41.1335, -104.8667"), err.toString());
        assertEquals(
                41.1335,
                com.google.gson.JsonParser.parseString(out.toString())
                        .getAsJsonArray()
                        .get(0)
                        .getAsJsonObject()
                        .get("lat")
                        .getAsDouble(),
                1e-9);
        assertEquals(1, run("locate", "zzqx"), "a word that is no place and not a grid reference");
        assertEquals(0, run("locate", "Cheyenne, WY"), err.toString());
        com.google.gson.JsonObject city = com.google.gson.JsonParser.parseString(out.toString())
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject();
        assertEquals("Cheyenne, WY", city.get("name").getAsString());
        assertEquals("place", city.get("kind").getAsString());
        assertEquals(41.14, city.get("lat").getAsDouble(), 0.05, "the bundled gazetteer's Cheyenne, Wyoming");
    }

    @Test
    void internalErrorsAreToldApartFromBadInputAndLoggedWithTheirStackTrace() throws Exception {
        assertTrue(StandoffCli.isInputError(new CliInputException("x")));
        assertTrue(StandoffCli.isInputError(new org.standoff.io.store.StoreException("x")));
        assertFalse(StandoffCli.isInputError(new NullPointerException()));
        assertFalse(StandoffCli.isInputError(new ClassCastException("class Polygon cannot be cast to class Point")));
        String where = CrashLog.write(new IllegalStateException("a fault of ours"));
        assertTrue(where.startsWith("Details are in "), where);
        Path log = Path.of(where.substring("Details are in ".length(), where.length() - 1));
        assertTrue(Files.readString(log).contains("IllegalStateException: a fault of ours"));
        assertTrue(
                Files.readString(log).contains("at org.standoff.cli.CliSafetyTest"), "the stack trace is in the log");
    }
}
