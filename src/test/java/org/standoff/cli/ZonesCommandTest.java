package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.Project;
import org.standoff.model.Zone;
import org.standoff.sample.SampleProject;

class ZonesCommandTest extends CliTestSupport {

    @TempDir
    Path dir;

    private Path sampleWithoutZones() throws Exception {
        Project s = SampleProject.build();
        Path p = dir.resolve("p.gpkg");
        ProjectFile.write(
                new Project(s.name(), s.layers(), s.sites(), List.of(), s.ruleSets(), s.view(), s.settings()), p);
        return p;
    }

    @Test
    void addsARadiusALayerBufferAndAPresetAndListsThem() throws Exception {
        Path p = sampleWithoutZones();
        assertEquals(
                0,
                run(
                        "zones",
                        "add-radius",
                        p.toString(),
                        "--at",
                        "41.13,-104.87",
                        "--radius",
                        "10mi",
                        "--name",
                        "Cheyenne"),
                err.toString());
        assertEquals(
                0, run("zones", "add-buffer", p.toString(), "--layer", "layer-2", "--radius", "5mi"), err.toString());
        assertEquals(0, run("zones", "apply-preset", p.toString(), "cfius-close"), err.toString());
        List<Zone> zones = ProjectFile.read(p).zones();
        assertEquals(
                List.of("Cheyenne", "SAMPLE substations (fictional) 5mi", "CFIUS close proximity"),
                zones.stream().map(Zone::name).toList());
        assertEquals(Zone.Kind.CIRCLE, zones.get(0).kind());
        assertEquals(16_093.44, zones.get(0).bands().get(0).outerMetres(), 1e-6);
        assertEquals("cfius-close", zones.get(2).ruleId());
        assertEquals(0, run("zones", "list", p.toString()));
        assertTrue(
                out.toString().contains("CFIUS close proximity\t1 mi\tfrom layer layer-1\trule cfius-close"),
                out.toString());
        assertTrue(out.toString().contains("fl-sb264"), "the presets are listed: " + out);
        assertEquals(0, run("zones", "remove", p.toString(), zones.get(0).id()));
        assertEquals(2, ProjectFile.read(p).zones().size());
    }

    @Test
    void anUnknownPresetOrLayerIsACleanErrorNamingTheChoices() throws Exception {
        Path p = sampleWithoutZones();
        assertEquals(1, run("zones", "apply-preset", p.toString(), "nope"));
        assertTrue(
                err.toString().contains("no rule named 'nope'")
                        && err.toString().contains("cfius-close"),
                err.toString());
        assertEquals(1, run("zones", "add-buffer", p.toString(), "--layer", "roads", "--radius", "1mi"));
        assertTrue(err.toString().contains("no layer 'roads'") && err.toString().contains("layer-1"), err.toString());
        assertEquals(1, run("zones", "add-radius", p.toString(), "--at", "north", "--radius", "1mi"));
        assertTrue(err.toString().contains("bad --at"), err.toString());
        assertEquals(0, ProjectFile.read(p).zones().size(), "nothing written on bad input");
    }

    @Test
    void printUnderAPresetRuleFlagsSitesWithoutChangingTheProject() throws Exception {
        Path p = sampleWithoutZones();
        Path pdf = dir.resolve("brief.pdf");
        assertEquals(
                0,
                run("print", p.toString(), "--rule", "CFIUS close proximity", "--out", pdf.toString()),
                err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("CFIUS close proximity · 1 mi"), "the rule's zone is on the page: " + text);
            assertTrue(text.contains("sites on this map · "), "the summary counts the flagged sites: " + text);
        }
        assertEquals(0, ProjectFile.read(p).zones().size());
        assertEquals(1, run("print", p.toString(), "--rule", "nope", "--out", pdf.toString()));
    }
}
