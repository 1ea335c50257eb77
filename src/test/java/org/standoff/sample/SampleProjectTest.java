package org.standoff.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.analysis.Finding;
import org.standoff.analysis.ProgressListener;
import org.standoff.analysis.ScreeningOp;
import org.standoff.cli.StandoffCli;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;

class SampleProjectTest {

    @TempDir
    Path dir;

    @Test
    void marksItsDataAsSampleAndCitesTheReportedCase() {
        Project p = SampleProject.build();
        assertTrue(p.layers().stream().allMatch(l -> l.name().startsWith("SAMPLE")));
        MiningSite mineOne = p.sites().get(0);
        assertTrue(mineOne.name().contains("MineOne"));
        assertTrue(mineOne.source().contains("13 May 2024"), mineOne.source());
        assertTrue(p.sites().stream().skip(1).allMatch(s -> s.name().startsWith("SAMPLE")));
        assertTrue(
                p.settings().keySet().stream().anyMatch(k -> k.startsWith("print.layout.")), "a saved briefing layout");
        assertEquals(SampleProject.build().sites(), p.sites(), "deterministic");
    }

    @Test
    void theReportedCaseLiesWithinOneMileOfFeWarren() {
        Project p = SampleProject.build();
        ScreeningOp op = new ScreeningOp(p.layers(), p.zones());
        Finding f = op.run(p.sites().subList(0, 1), ForkJoinPool.commonPool(), ProgressListener.NONE)
                .get(0);
        assertEquals(
                "F.E. Warren Air Force Base",
                f.nearestInstallation().orElseThrow().featureName());
        assertTrue(f.nearestInstallation().orElseThrow().distanceMetres() < 1609.344, "within 1 mile");
        assertTrue(f.hits().stream().anyMatch(h -> h.zoneName().equals("CFIUS close proximity")));
    }

    @Test
    void theCliWritesASampleThatOpensAsAProject() throws Exception {
        Path out = dir.resolve("s.gpkg");
        assertEquals(
                0,
                StandoffCli.run(
                        new java.io.PrintWriter(new java.io.StringWriter()),
                        new java.io.PrintWriter(new java.io.StringWriter()),
                        "sample",
                        "--out",
                        out.toString()));
        Project p = ProjectFile.read(out);
        assertEquals(121, p.sites().size());
        assertEquals(2, p.layers().size());
        assertEquals(4, p.zones().size());
    }
}
