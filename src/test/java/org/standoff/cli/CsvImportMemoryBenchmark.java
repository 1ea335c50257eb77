package org.standoff.cli;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.standoff.io.csv.CsvFile;

/**
 * Peak heap of reading a large CSV of sites (issue #16: CSV streamed, memory bounded). Not a
 * test; run each step in its own JVM so the peaks are its own:
 * <pre>
 * java -cp … org.standoff.cli.CsvImportMemoryBenchmark generate /tmp/sites.csv 200
 * java -XX:+UseSerialGC -Xmx3g -cp … org.standoff.cli.CsvImportMemoryBenchmark read /tmp/sites.csv   # CsvFile.read (the import wizard)
 * java -XX:+UseSerialGC -Xmx3g -cp … org.standoff.cli.CsvImportMemoryBenchmark plan /tmp/sites.csv   # sites import's plan (the CLI)
 * </pre>
 * Prints the peak heap (the sum of the heap pools' peaks, an upper bound) and the main thread's
 * CPU time; run with {@code -Xlog:gc} for the largest heap left after a collection. Figures in
 * docs/PERFORMANCE.md.
 */
public final class CsvImportMemoryBenchmark {

    private CsvImportMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(file, Long.parseLong(args[2]) << 20);
            case "read" ->
                measure("CsvFile.read", () -> CsvFile.read(file).records().size());
            case "plan" ->
                measure(
                        "sites import plan",
                        () -> SitesCommand.read(file, List.of(), List.of())
                                .sites()
                                .size());
            default -> throw new IllegalArgumentException("generate FILE MB | read FILE | plan FILE");
        }
    }

    /** Sites with long notes, about 2 KB a row, until the file holds {@code bytes}. */
    private static void generate(Path file, long bytes) throws Exception {
        Random r = new Random(16);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,latitude,longitude,operator,capacity_mw,status,notes\n");
            long written = 0;
            for (int i = 1; written < bytes; i++) {
                StringBuilder notes = new StringBuilder();
                while (notes.length() < 1900) {
                    notes.append("Observed ")
                            .append(r.nextInt(10_000))
                            .append(" containers; permit ")
                            .append(Long.toString(r.nextLong(), 36))
                            .append(". ");
                }
                String row = "Site " + i + "," + (30 + r.nextDouble() * 18) + "," + (-120 + r.nextDouble() * 45)
                        + ",Operator " + r.nextInt(500) + "," + r.nextInt(300) + ",operating,\"" + notes + "\"\n";
                w.write(row);
                written += row.length();
            }
        }
        System.out.println("wrote " + file + ": " + Files.size(file) / (1 << 20) + " MB");
    }

    @FunctionalInterface
    private interface Step {
        int run() throws Exception;
    }

    private static void measure(String what, Step step) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int n = step.run();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "%s: %d records, peak heap %d MB, CPU %.1f s (main thread)%n", what, n, peak >> 20, cpu / 1e9);
    }
}
