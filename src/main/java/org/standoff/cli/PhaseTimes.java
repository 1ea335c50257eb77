package org.standoff.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall and process CPU time per phase of a command, printed to standard error when the JVM runs
 * with {@code -Dstandoff.timing=true}: how the figures in docs/PERFORMANCE.md are split. Process
 * CPU includes the JIT compiler and the garbage collector, which dominate a short run. Does
 * nothing otherwise.
 */
final class PhaseTimes {

    private static final boolean ON = Boolean.getBoolean("standoff.timing");
    private final PrintWriter err;
    private long wall = System.nanoTime();
    private long cpu = cpu();

    PhaseTimes(PrintWriter err) {
        this.err = err;
        if (ON) {
            long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
            err.printf(
                    Locale.ROOT, "timing: JVM start to command %d ms wall, %d ms CPU%n", sinceStart, cpu / 1_000_000);
        }
    }

    /** Prints the time since the last mark under {@code phase}. */
    void mark(String phase) {
        if (!ON) {
            return;
        }
        long w = System.nanoTime();
        long c = cpu();
        err.printf(
                Locale.ROOT,
                "timing: %-24s %6d ms wall, %6d ms CPU%n",
                phase,
                (w - wall) / 1_000_000,
                (c - cpu) / 1_000_000);
        err.flush();
        wall = w;
        cpu = c;
    }

    private static long cpu() {
        return ON
                ? ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                : 0;
    }
}
