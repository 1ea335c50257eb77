package org.standoff.print;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the label engine's improvement pass (chain moves after the greedy pass) adds: words on
 * the map, flagged rows named or numbered, overlapping word pairs, and the CPU time of the PDF
 * export, with the pass off and on, on the sample page and a national page. Not a test.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.print.LabelOptimiserBenchmark [SITES] [RUNS]}
 */
public final class LabelOptimiserBenchmark {

    private LabelOptimiserBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("labels");
        measure("sample", BriefingReview.sample(), dir, runs);
        measure("national " + sites, BriefingReview.national(sites), dir, runs);
    }

    static void measure(String name, BriefingContent c, Path dir, int runs) throws Exception {
        for (boolean improve : new boolean[] {false, true}) {
            System.setProperty("standoff.labels.improve", Boolean.toString(improve));
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            Path file = dir.resolve("p.pdf");
            BriefingExport.pdf(BriefingReview.LAYOUT, c, file);
            long best = Long.MAX_VALUE;
            long sum = 0;
            for (int i = 0; i < runs; i++) {
                long t = mx.getCurrentThreadCpuTime();
                BriefingExport.pdf(BriefingReview.LAYOUT, c, file);
                long d = mx.getCurrentThreadCpuTime() - t;
                best = Math.min(best, d);
                sum += d;
            }
            Rect frame = BriefingReview.LAYOUT.pageRect(
                    BriefingReview.LAYOUT.visible(ElementKind.MAP).orElseThrow());
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                List<MapWords.Word> words = MapWords.of(doc, 1).stream()
                        .filter(w -> w.inside(frame))
                        .toList();
                long rows = c.mapLabels().stream().filter(l -> l.row() > 0).count();
                long unmarked = MapLabelsPdfTest.unmarked(c, words).stream()
                        .filter(u -> !u.startsWith("0 "))
                        .count();
                System.out.printf(
                        Locale.ROOT,
                        "%-16s improve=%-5s words on map %5d  flagged rows %4d, not named or numbered %4d  overlaps %d  PDF CPU mean %.2f s best %.2f s%n",
                        name,
                        improve,
                        words.size(),
                        rows,
                        unmarked,
                        MapWords.overlaps(words).size(),
                        sum / 1e9 / runs,
                        best / 1e9);
            }
        }
    }
}
