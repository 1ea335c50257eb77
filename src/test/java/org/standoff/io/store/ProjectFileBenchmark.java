package org.standoff.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.standoff.model.Confidence;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.SiteStatus;
import org.standoff.sample.SyntheticData;

/**
 * Save and open times of a national-scale project: 70,000 substation points, 800 installation
 * polygons (50–2,000 vertices) and 100,000 mining sites. Not a test (surefire skips
 * *Benchmark); run as in docs/PERFORMANCE.md. Optional argument: the folder to write in.
 */
public final class ProjectFileBenchmark {

    private ProjectFileBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("standoff-project-bench");
        Files.createDirectories(dir);
        Project p = nationalProject();
        Path file = dir.resolve("national.gpkg");
        int runs = 5;
        long[] save = new long[runs];
        long[] open = new long[runs];
        Project read = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ProjectFile.write(p, file);
            long t1 = System.nanoTime();
            read = ProjectFile.read(file);
            long t2 = System.nanoTime();
            save[i] = t1 - t0;
            open[i] = t2 - t1;
            System.out.printf("run %d: save %.0f ms, open %.0f ms%n", i + 1, save[i] / 1e6, open[i] / 1e6);
        }
        ProjectFixtures.assertProjectEquals(p, read);
        System.out.printf(
                "national project (70,000 points, 800 polygons, 100,000 sites), file %.1f MB%n",
                Files.size(file) / 1e6);
        Project layersOnly = new Project("L", p.layers(), List.of(), List.of(), List.of(), p.view(), Map.of());
        Project sitesOnly = new Project("S", List.of(), p.sites(), List.of(), List.of(), p.view(), Map.of());
        Path partFile = dir.resolve("part.gpkg");
        for (Project part : List.of(layersOnly, sitesOnly)) {
            long t0 = System.nanoTime();
            ProjectFile.write(part, partFile);
            long t1 = System.nanoTime();
            ProjectFile.read(partFile);
            long t2 = System.nanoTime();
            System.out.printf(
                    "%s only: save %.0f ms, open %.0f ms%n",
                    part == layersOnly ? "layers" : "sites", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
        System.out.println("The full project stays in " + file + " (e.g. for ogrinfo).");
        System.out.printf(
                "save: best %.0f ms, median %.0f ms; open: best %.0f ms, median %.0f ms (of %d runs, first included)%n",
                min(save) / 1e6, median(save) / 1e6, min(open) / 1e6, median(open) / 1e6, runs);
    }

    static Project nationalProject() {
        List<ProjectLayer> layers = List.of(
                new ProjectLayer(
                        "inst",
                        SyntheticData.installations(800, 1),
                        LayerRole.INSTALLATIONS,
                        LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                        true),
                new ProjectLayer(
                        "subs",
                        SyntheticData.substations(70_000, 2),
                        LayerRole.SUBSTATIONS,
                        LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                        true));
        Random r = new Random(3);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<MiningSite> sites = new ArrayList<>(100_000);
        for (int i = 1; i <= 100_000; i++) {
            double lon = SyntheticData.CONUS[0] + (SyntheticData.CONUS[2] - SyntheticData.CONUS[0]) * r.nextDouble();
            double lat = SyntheticData.CONUS[1] + (SyntheticData.CONUS[3] - SyntheticData.CONUS[1]) * r.nextDouble();
            sites.add(new MiningSite(
                    i,
                    "SYNTHETIC site " + i,
                    "Operator " + r.nextInt(300),
                    "Owner " + r.nextInt(200),
                    "United States",
                    Parsed.of(r.nextBoolean()),
                    Parsed.of(Math.round(r.nextDouble() * 5000) / 10.0),
                    Parsed.of(SiteStatus.OPERATING),
                    lon,
                    lat,
                    null,
                    "https://example.org/" + i,
                    Parsed.of(Confidence.LIKELY),
                    null,
                    t,
                    t));
        }
        return new Project(
                "National",
                layers,
                sites,
                List.of(),
                List.of(),
                Project.MapViewState.WHOLE_US,
                Map.of("display.unit", "mi"));
    }

    private static long min(long[] a) {
        return java.util.Arrays.stream(a).min().orElse(0);
    }

    private static long median(long[] a) {
        long[] s = a.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
