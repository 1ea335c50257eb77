package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.store.ProjectFile;
import org.standoff.sample.SampleProject;

class PrintCommandTest extends CliTestSupport {

    @TempDir
    Path dir;

    @Test
    void writesAPdfTitledWithTheProjectName() throws Exception {
        Path p = dir.resolve("sample.gpkg");
        ProjectFile.write(SampleProject.build(), p);
        Path pdf = dir.resolve("brief.pdf");
        assertEquals(0, run("print", p.toString(), "--out", pdf.toString()), err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Standoff sample"), text);
            assertTrue(text.contains("CFIUS close proximity"), text);
        }
    }

    @Test
    void writesAPngAndAnAtlas() throws Exception {
        Path p = dir.resolve("sample.gpkg");
        ProjectFile.write(SampleProject.build(), p);
        Path png = dir.resolve("brief.png");
        assertEquals(0, run("print", p.toString(), "--out", png.toString(), "--dpi", "50"), err.toString());
        Path first = Files.exists(png) ? png : dir.resolve("brief-p1.png"); // long findings tables run to more pages
        assertTrue(out.toString().contains(first.toString()), out.toString());
        assertTrue(Files.size(first) > 1000);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(first), 4);
        assertEquals("PNG", new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        Path atlas = dir.resolve("atlas.pdf");
        assertEquals(0, run("print", p.toString(), "--atlas", "--out", atlas.toString()), err.toString());
        try (PDDocument doc = Loader.loadPDF(atlas.toFile())) {
            assertTrue(doc.getNumberOfPages() > 1);
        }
    }

    @Test
    void badInputsExitOne() throws Exception {
        Path p = dir.resolve("sample.gpkg");
        assertEquals(1, run("print", p.toString(), "--out", dir.resolve("b.pdf").toString()));
        assertTrue(err.toString().contains("sample.gpkg"), err.toString());
        ProjectFile.write(SampleProject.build(), p);
        assertEquals(
                1,
                run(
                        "print",
                        p.toString(),
                        "--layout",
                        "Nope",
                        "--out",
                        dir.resolve("b.pdf").toString()));
        assertTrue(err.toString().contains("Nope"), err.toString());
        assertEquals(1, run("print", p.toString(), "--out", dir.resolve("b.txt").toString()));
        assertTrue(!Files.exists(dir.resolve("b.pdf")));
    }
}
