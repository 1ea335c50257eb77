package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.sample.SampleProject;

/**
 * The command line keeps the EPSG database closed on WGS 84 data and opens it, with the same
 * results as an undeferred run, as soon as a file in another datum needs it. Each case runs in
 * a fresh process ({@link DeferredCliProbe}), since deferral only works before SIS's first use;
 * the reference output comes from this (undeferred) test process.
 */
class EpsgDeferralTest extends CliTestSupport {

    @TempDir
    Path dir;

    private record Probe(String out, int connections) {}

    private static Probe probe(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DeferredCliProbe.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        // a test dependency's SLF4J prints its "no providers" notice; the product has no SLF4J
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replaceAll("(?m)^SLF4J\\(.*\\R", "");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe did not finish");
        int at = text.lastIndexOf("exit=");
        assertTrue(at >= 0, text);
        String tail = text.substring(at).strip();
        assertTrue(tail.startsWith("exit=0 "), text);
        return new Probe(
                text.substring(0, at), Integer.parseInt(tail.substring(tail.indexOf("epsg-connections=") + 17)));
    }

    @Test
    void aWgs84AnalysisNeverOpensTheDatabaseAndGivesTheSameFindings() throws Exception {
        Path project = dir.resolve("sample.gpkg");
        ProjectFile.write(SampleProject.build(), project);
        Path deferred = dir.resolve("deferred.csv");
        Probe p = probe("analyze", project.toString(), "--out", deferred.toString());
        assertEquals(0, p.connections(), p.out());
        Path reference = dir.resolve("reference.csv");
        assertEquals(0, run("analyze", project.toString(), "--out", reference.toString()), err.toString());
        assertEquals(Files.readString(reference), Files.readString(deferred));
    }

    @Test
    void aWgs84ShapefileIsInspectedWithoutTheDatabase() throws Exception {
        Path shp = points(dir.resolve("subs.shp"), new String[] {"A", "B"}, -105.5, 39.25, -104, 40);
        Probe p = probe("inspect", shp.toString());
        assertEquals(0, p.connections(), p.out());
        assertEquals(0, run("inspect", shp.toString()), err.toString());
        assertEquals(out.toString(), p.out());
    }

    @Test
    void aNad27ShapefileOpensItAndGetsTheEpsgTransformation() throws Exception {
        Path shp = dir.resolve("nad27.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                List.of(Field.of("ID", FieldType.INTEGER)),
                List.of(new Feature(1, GF.createPoint(new Coordinate(457286.62, 4427665.55)), new Object[] {1L})),
                StandardCharsets.UTF_8,
                InspectCommandTest.NAD27_UTM18N_ESRI);
        Probe p = probe("inspect", shp.toString());
        assertTrue(p.connections() > 0, p.out());
        assertTrue(p.out().contains("\"code\": \"EPSG:1173\""), p.out());
        assertEquals(0, run("inspect", shp.toString()), err.toString());
        // the probe's output holds both streams: the coarse datum's warning goes to stderr in both runs
        assertTrue(err.toString().contains("accuracy 10 m"), err.toString());
        assertEquals(out.toString() + err.toString(), p.out());
    }
}
