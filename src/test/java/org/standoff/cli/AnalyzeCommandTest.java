package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Project;
import org.standoff.sample.SampleProject;

class AnalyzeCommandTest extends CliTestSupport {

    @TempDir
    Path dir;

    @Test
    void shapefilesAndCsvGiveColumnsAndKnownDistances() throws Exception {
        Path bases = points(dir.resolve("bases.shp"), new String[] {"Fort Test"}, -100, 40);
        Path subs = points(dir.resolve("subs.shp"), new String[] {"Sub, One"}, -100, 40.2);
        Path csv = dir.resolve("sites.csv");
        Files.writeString(csv, "name,lat,lon\nNear,40.1,-100\nFar,45,-100\n");
        Path findings = dir.resolve("findings.csv");
        assertEquals(
                0,
                run(
                        "analyze",
                        "--installations",
                        bases.toString(),
                        "--substations",
                        subs.toString(),
                        "--sites",
                        csv.toString(),
                        "--radius",
                        "10mi",
                        "--radius",
                        "1mi",
                        "--out",
                        findings.toString()),
                err.toString());
        List<String> lines = Files.readAllLines(findings);
        assertEquals(
                "site_id,site_name,lat,lon,nearest_installation,installation_distance_m,installation_datum_accuracy_m,"
                        + "nearest_substation,substation_distance_m,substation_datum_accuracy_m,within_10mi,within_1mi,zones,rules",
                lines.get(0));
        assertEquals(3, lines.size());
        String[] near = lines.get(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertEquals(14, near.length, lines.get(1));
        assertEquals("Near", near[1]);
        assertEquals("Fort Test", near[4]);
        // 0.1 degree of latitude at 40 N is about 11,103 m on WGS84
        assertEquals(11103, Double.parseDouble(near[5]), 5);
        assertEquals("0", near[6], "no .prj, longitude/latitude taken as WGS 84: no datum step");
        assertEquals("\"Sub, One\"", near[7]);
        assertEquals(11103, Double.parseDouble(near[8]), 20);
        assertEquals("0", near[9]);
        assertEquals("1", near[10]);
        assertEquals("0", near[11]);
        assertTrue(lines.get(2).contains(",0,0,,"), lines.get(2));
        // the summary says what the radius columns hold, not only the (here empty) project zones
        assertTrue(
                out.toString().contains("1 within 10mi of an installation, 0 within 1mi of an installation"),
                out.toString());
    }

    @Test
    void eachDistanceCarriesItsLayersDatumAccuracyAndACoarseOneIsWarned() throws Exception {
        Path bases = dir.resolve("bases27.shp");
        // NAD27 / UTM 18N (corpus point: GDAL puts it at -75.5, 40.0 in WGS 84)
        ShapefileWriter.write(
                bases,
                ShapeType.POINT,
                List.of(Field.of("NAME", FieldType.STRING)),
                List.of(new Feature(
                        1, GF.createPoint(new Coordinate(457286.62, 4427665.55)), new Object[] {"Fort NAD27"})),
                java.nio.charset.StandardCharsets.UTF_8,
                InspectCommandTest.NAD27_UTM18N_ESRI);
        Path csv = dir.resolve("sites.csv");
        Files.writeString(csv, "name,lat,lon\nNear,40.01,-75.5\n");
        Path findings = dir.resolve("findings.csv");
        assertEquals(
                0,
                run(
                        "analyze",
                        "--installations",
                        bases.toString(),
                        "--sites",
                        csv.toString(),
                        "--out",
                        findings.toString()),
                err.toString());
        List<String> lines = Files.readAllLines(findings);
        String[] near = lines.get(1).split(",", -1);
        assertEquals("Fort NAD27", near[4]);
        assertEquals("10", near[6], lines.get(1));
        assertEquals("", near[9], "no substations: no accuracy");
        assertTrue(
                err.toString()
                        .contains(
                                "standoff: warning: layer bases27: datum transformation NAD27 to WGS 84 (4) (EPSG:1173), "
                                        + "accuracy 10 m: a site within 10 m of a rule's radius may lie on either side of it"),
                err.toString());
    }

    @Test
    void csvSitesGiveOneRowPerInputRowEvenWhenTheyLookLikeDuplicates() throws Exception {
        Path bases = points(dir.resolve("bases.shp"), new String[] {"Fort Test"}, -100, 40);
        StringBuilder csv = new StringBuilder("id,name,lat,lon\n");
        for (int i = 0; i < 15; i++) {
            // the same name within 100 m of each other: an import would keep one of them
            csv.append(i < 13 ? i + 1 : 1)
                    .append(",Same Mine,")
                    .append(40.1 + i * 1e-5)
                    .append(",-100\n");
        }
        csv.append("16,No Location,,\n");
        Path sites = dir.resolve("sites.csv");
        Files.writeString(sites, csv);
        Path findings = dir.resolve("findings.csv");
        assertEquals(
                0,
                run(
                        "analyze",
                        "--installations",
                        bases.toString(),
                        "--sites",
                        sites.toString(),
                        "--out",
                        findings.toString()),
                err.toString());
        List<String> lines = Files.readAllLines(findings);
        assertEquals(16, lines.size(), String.join("\n", lines));
        assertEquals(
                15,
                lines.stream().skip(1).filter(l -> l.contains(",Same Mine,")).count());
        assertEquals(
                15,
                lines.stream()
                        .skip(1)
                        .map(l -> l.substring(0, l.indexOf(',')))
                        .distinct()
                        .count(),
                "ids stay distinct");
        assertTrue(err.toString().contains("not screened"), err.toString());
    }

    @Test
    void fastNumbersAreThoseOfTheExactDecimalExpansion() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        double[] edges = {
            0, -0.0, 0.05, 0.15, 0.25, 2.5, -2.5, 1e-8, -1e-8, 0.00000005, 123456.75, 1e14, 1e16, -180, 89.99999995
        };
        for (double v : edges) {
            for (int d : new int[] {1, 7}) {
                assertEquals(CliSupport.num(v, d), AnalyzeCommand.number(v, d), v + " to " + d);
            }
        }
        for (int i = 0; i < 200_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(9));
            if (i % 3 == 0) {
                v = Math.round(v * 20) / 20.0; // many exact ties at one decimal
            }
            int d = i % 2 == 0 ? 1 : 7;
            assertEquals(CliSupport.num(v, d), AnalyzeCommand.number(v, d), v + " to " + d);
        }
    }

    @Test
    void projectModeUsesZonesAndRules() throws Exception {
        Path p = dir.resolve("sample.gpkg");
        Project sample = SampleProject.build();
        ProjectFile.write(sample, p);
        Path findings = dir.resolve("f.csv");
        assertEquals(0, run("analyze", p.toString(), "--out", findings.toString()), err.toString());
        List<String> lines = Files.readAllLines(findings);
        assertEquals(sample.sites().size() + 1, lines.size());
        assertTrue(lines.get(0).endsWith("substation_datum_accuracy_m,zones,rules"), lines.get(0));
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(findings))) {
            for (var record : parser) {
                assertEquals(
                        "0",
                        record.get("installation_datum_accuracy_m"),
                        "the sample's layers are on WGS 84: " + record);
            }
        }
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("CFIUS close proximity") && l.contains("cfius-close")),
                String.join("\n", lines));
    }

    @Test
    void badInputsExitOneNamingTheFile() throws Exception {
        Path csv = dir.resolve("sites.csv");
        Files.writeString(csv, "name,lat,lon\nNear,40.1,-100\n");
        assertEquals(
                1,
                run(
                        "analyze",
                        "--installations",
                        dir.resolve("gone.shp").toString(),
                        "--sites",
                        csv.toString(),
                        "--out",
                        dir.resolve("f.csv").toString()));
        assertTrue(err.toString().startsWith("standoff: ") && err.toString().contains("gone.shp"), err.toString());
        assertEquals(
                1,
                run(
                        "analyze",
                        dir.resolve("gone.gpkg").toString(),
                        "--out",
                        dir.resolve("f.csv").toString()));
        assertTrue(err.toString().contains("gone.gpkg"), err.toString());
    }
}
