package org.standoff.print;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Times the briefings reviewers read ({@link BriefingReview}): the sample project's default
 * briefing and a national one built headless, as {@code standoff print} builds them, with the
 * label engine, insets, legend and summary. Prints, per briefing: pages, the whole PDF (time and
 * size), and page 1 as a 300 DPI PNG (render and encode). Goals: one 300 DPI page ≤ 2 s; PDF ≤ 3 s
 * and ≤ 5 MB. Building the content (screening included) is timed apart.
 *
 * <p>Not a test (surefire skips *Benchmark). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.print.BriefingPageBenchmark [outDir] [nationalSites] [runs]}
 */
public final class BriefingPageBenchmark {

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("page-bench");
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(out);
        BriefingRenderer renderer = BriefingExport.bundledRenderer();
        long t = System.nanoTime();
        BriefingContent sample = BriefingReview.sample();
        System.out.printf(Locale.ROOT, "sample content: %.2f s%n", (System.nanoTime() - t) / 1e9);
        time("sample", sample, renderer, out, runs);
        t = System.nanoTime();
        BriefingContent national = BriefingReview.national(sites);
        System.out.printf(
                Locale.ROOT,
                "national content (%,d sites, screening included): %.2f s%n",
                sites,
                (System.nanoTime() - t) / 1e9);
        time("national-" + sites, national, renderer, out, runs);
    }

    static void time(String name, BriefingContent c, BriefingRenderer renderer, Path out, int runs) throws Exception {
        BriefingLayout layout = BriefingReview.LAYOUT;
        Path pdf = out.resolve(name + ".pdf");
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double sum = 0;
        double cpuBest = Double.MAX_VALUE;
        for (int i = 0; i <= runs; i++) {
            long s = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            BriefingExport.pdf(renderer, layout, c, pdf);
            double d = (System.nanoTime() - s) / 1e9;
            if (i > 0) {
                best = Math.min(best, d);
                sum += d;
                cpuBest = Math.min(cpuBest, (mx.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d pages; PDF warm mean %.2f s (best %.2f s, CPU best %.2f s), %.2f MB%n",
                name,
                renderer.pageCount(layout, c),
                sum / runs,
                best,
                cpuBest,
                Files.size(pdf) / 1e6);
        best = Double.MAX_VALUE;
        sum = 0;
        cpuBest = Double.MAX_VALUE;
        Path png = out.resolve(name + "-p1-300dpi.png");
        for (int i = 0; i <= runs; i++) {
            long s = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            double k = 300 / 72.0;
            BufferedImage image = new BufferedImage(
                    (int) Math.round(layout.pageWidth() * k),
                    (int) Math.round(layout.pageHeight() * k),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.scale(k, k);
            renderer.renderPage(layout, c, 0, new ImageCanvas(g, layout.pageWidth(), layout.pageHeight()));
            g.dispose();
            ImageIO.write(image, "png", png.toFile());
            double d = (System.nanoTime() - s) / 1e9;
            if (i > 0) {
                best = Math.min(best, d);
                sum += d;
                cpuBest = Math.min(cpuBest, (mx.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: page 1 as 300 DPI PNG warm mean %.2f s (best %.2f s, CPU best %.2f s), %.2f MB%n",
                name,
                sum / runs,
                best,
                cpuBest,
                Files.size(png) / 1e6);
    }
}
