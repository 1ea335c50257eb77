package org.standoff.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.store.SiteFile;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;
import org.standoff.model.SiteText;

class SiteExportTest {

    @TempDir
    Path dir;

    static List<MiningSite> sites() {
        Instant t = Instant.parse("2025-03-01T12:00:00.250Z");
        return List.of(
                new MiningSite(
                        3,
                        "Rockdale \"North\", TX",
                        "Riot Platforms",
                        "Riot",
                        "United States",
                        Parsed.of(false),
                        Parsed.of(700.5),
                        Parsed.of(SiteStatus.OPERATING),
                        -97.0012345678901,
                        30.654321098765,
                        "1 Main St\nRockdale",
                        "https://example.org/10-K",
                        Parsed.of(Confidence.CONFIRMED),
                        " leading space",
                        t,
                        t.plusSeconds(60)),
                new MiningSite(
                        9,
                        "Société Minière",
                        null,
                        null,
                        "Narnia",
                        SiteText.parseYesNo("partly"),
                        SiteText.parseCapacity("about 50"),
                        SiteStatus.parse("mothballed"),
                        6.6,
                        -46.5,
                        null,
                        null,
                        Confidence.parse("rumoured"),
                        null,
                        t,
                        t));
    }

    @Test
    void csvExportHasUnitsInTheHeaderAndQuotesPerRfc4180() throws Exception {
        Path out = dir.resolve("sites.csv");
        SiteCsvWriter.write(sites(), out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith(
                        "id,name,operator,owner,owner_country,foreign_controlled,capacity_mw,status,latitude_deg,"
                                + "longitude_deg,address,source,confidence,notes,created_at,updated_at\r\n"),
                text);
        assertTrue(
                text.contains("3,\"Rockdale \"\"North\"\", TX\",Riot Platforms,Riot,United States,no,700.5,operating,"
                        + "30.654321098765,-97.0012345678901,\"1 Main St\nRockdale\","),
                text);
        assertTrue(text.contains(",partly,about 50,mothballed,-46.5,6.6,,,rumoured,,"), text);
        assertFalse(text.startsWith("\uFEFF"));
    }

    @Test
    void csvExportThenImportGivesTheSameSites() throws Exception {
        Path out = dir.resolve("sites.csv");
        SiteCsvWriter.write(sites(), out);
        CsvFile f = CsvFile.read(out);
        ImportPlan plan =
                SiteImporter.plan(f.toSourceTable(), ColumnMapping.auto(f.header()), List.of(), DuplicatePolicy.SKIP);
        assertEquals(List.of(), plan.rejected());
        assertEquals(sites(), plan.sites());
        try (SiteFile store = SiteFile.open(dir.resolve("p.gpkg"))) {
            store.insertAll(plan.sites());
            assertEquals(sites(), store.all(), "through the store too, ids and timestamps included");
        }
    }

    @Test
    void geoJsonExportIsAFeatureCollectionWithLonLatPoints() throws Exception {
        Path out = dir.resolve("sites.geojson");
        SiteGeoJsonWriter.write(sites(), out);
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"type\":\"FeatureCollection\",\"features\":["), json);
        assertTrue(
                json.contains(
                        "{\"type\":\"Feature\",\"id\":3,\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                                + "[-97.0012345678901,30.654321098765]},\"properties\":{\"name\":\"Rockdale \\\"North\\\", TX\""),
                json);
        assertTrue(json.contains("\"foreign_controlled\":false,\"capacity_mw\":700.5,\"status\":\"operating\""), json);
        assertTrue(json.contains("\"address\":\"1 Main St\\nRockdale\""), json);
        assertTrue(json.contains("\"foreign_controlled\":\"partly\",\"capacity_mw\":\"about 50\""), json);
        assertTrue(json.contains("\"operator\":null"), json);
        assertFalse(json.contains("\"crs\""), "RFC 7946 has no crs member");
    }

    @Test
    void gdalReadsTheGeoJsonExport() throws Exception {
        Path ogr = null;
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "ogrinfo"))) {
                ogr = Path.of(p, "ogrinfo");
            }
        }
        assumeTrue(ogr != null, "ogrinfo not installed");
        Path out = dir.resolve("sites.geojson");
        SiteGeoJsonWriter.write(sites(), out);
        Path log = dir.resolve("ogr.txt");
        Process p = new ProcessBuilder(ogr.toString(), "-ro", "-al", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text = Files.readString(log);
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("Feature Count: 2"), text);
        assertTrue(text.contains("POINT (6.6 -46.5)"), text);
        assertTrue(text.contains("name (String) = Société Minière"), text);
        assertFalse(text.contains("Warning") || text.contains("ERROR"), text);
    }

    @Test
    void aFailedExportLeavesTheOldFileUntouched() throws Exception {
        Path out = dir.resolve("missing-dir").resolve("sites.csv");
        CsvException e = org.junit.jupiter.api.Assertions.assertThrows(
                CsvException.class, () -> SiteCsvWriter.write(sites(), out));
        assertTrue(e.getMessage().contains("sites.csv"), e.getMessage());
        Path existing = dir.resolve("keep.csv");
        Files.writeString(existing, "old");
        SiteCsvWriter.write(List.of(), existing);
        assertEquals(
                "id,name,operator,owner,owner_country,foreign_controlled,capacity_mw,status,latitude_deg,longitude_deg,"
                        + "address,source,confidence,notes,created_at,updated_at\r\n",
                Files.readString(existing));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }
}
