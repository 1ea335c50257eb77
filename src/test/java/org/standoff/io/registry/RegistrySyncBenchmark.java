package org.standoff.io.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.io.store.ProjectFile;
import org.standoff.io.store.SiteFile;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;

/**
 * Sync speed at national scale (issue #21 goals: 100,000 sites first pull ≤ 5 s; an incremental
 * sync of 100 changes ≤ 0.5 s), on a throwaway PostgreSQL 15 cluster on 127.0.0.1 (fsync off, as
 * the tests run it; the push transactions still force synchronous_commit on). Prints figures; not
 * a test. The 100,000 registry sites are made server-side, through the triggers (history
 * included). Rerun: see docs/PERFORMANCE.md, "Team registry sync".
 */
public final class RegistrySyncBenchmark {

    private static final int SITES = 100_000;
    private static final int CHANGES = 100;
    private static final int ROUNDS = Integer.getInteger("rounds", 5);

    private RegistrySyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "regbench");
        try (PgCluster cluster = new PgCluster(Path.of("target", "pg"))) {
            cluster.sql(
                    "postgres",
                    "CREATE ROLE alice LOGIN PASSWORD 'a'",
                    "CREATE ROLE bob LOGIN PASSWORD 'b'",
                    "CREATE DATABASE bench");
            RegistrySettings su = RegistrySettings.of(
                    "127.0.0.1", cluster.port(), "bench", null, PgCluster.SUPERUSER, SslMode.DISABLE);
            try (RegistryConnection rc = RegistryConnection.open(su, PgCluster.SUPERUSER_PASSWORD.toCharArray())) {
                RegistrySchema.init(rc, PgCluster.SUPERUSER_PASSWORD.toCharArray());
            }
            cluster.sql("bench", "GRANT standoff_editor TO alice, bob");
            long t0 = System.nanoTime();
            cluster.sql(
                    "bench",
                    "INSERT INTO standoff.site (uid, version, revision, geom, name, operator, owner, owner_country, capacity_mw, status, "
                            + "address, source, confidence, notes, created_by, created_at, updated_by, updated_at) "
                            + "SELECT gen_random_uuid(), 0, 0, ST_SetSRID(ST_MakePoint(-125 + random() * 58, 25 + random() * 24), 4326), "
                            + "'Site ' || g, 'Operator ' || (g % 500), 'Owner ' || (g % 900), 'United States', 5 + g % 300, 'active', "
                            + "g || ' County Road', 'https://example.org/permits/' || g, 'probable', 'seeded', '', now(), '', now() "
                            + "FROM generate_series(1, " + SITES + ") g");
            System.out.printf(
                    "seed: %,d registry sites inserted server-side through the triggers in %.1f s%n",
                    SITES, (System.nanoTime() - t0) / 1e9);

            RegistrySettings alice =
                    RegistrySettings.of("127.0.0.1", cluster.port(), "bench", null, "alice", SslMode.DISABLE);
            if (Boolean.getBoolean("fresh")) {
                freshJvmPulls(dir, alice);
                return;
            }
            List<Double> firstPulls = new ArrayList<>();
            Path project = null;
            for (int round = 0; round < Integer.getInteger("firstRounds", 3); round++) {
                project = dir.resolve("first-" + round + ".gpkg");
                ProjectFile.write(Project.empty("bench"), project);
                RegistryLink.link(project, alice, false);
                long t = System.nanoTime();
                long cpu = cpuNanos();
                SiteSync.PullReport r;
                try (RegistryConnection rc = RegistryConnection.open(alice, "a".toCharArray())) {
                    r = SiteSync.pull(project, rc, SyncOptions.defaults());
                }
                double s = (System.nanoTime() - t) / 1e9;
                firstPulls.add(s);
                System.out.printf(
                        "first pull, round %d: %,d sites added in %.2f s (connect, schema check, fetch, merge, write the project); "
                                + "Standoff's CPU %.2f s; load average %.1f%n",
                        round + 1,
                        r.added(),
                        s,
                        (cpuNanos() - cpu) / 1e9,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
            }
            List<Double> pulls = new ArrayList<>();
            List<Double> pushes = new ArrayList<>();
            List<Double> idle = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                cluster.sql(
                        "bench",
                        "UPDATE standoff.site SET notes = 'round " + round
                                + "' WHERE uid IN (SELECT uid FROM standoff.site " + "ORDER BY random() LIMIT "
                                + CHANGES + ")");
                long t = System.nanoTime();
                SiteSync.PullReport pr;
                try (RegistryConnection rc = RegistryConnection.open(alice, "a".toCharArray())) {
                    pr = SiteSync.pull(project, rc, SyncOptions.defaults());
                }
                pulls.add((System.nanoTime() - t) / 1e9);
                editLocally(project, round);
                t = System.nanoTime();
                SiteSync.PushReport push;
                try (RegistryConnection rc = RegistryConnection.open(alice, "a".toCharArray())) {
                    push = SiteSync.push(project, rc, SyncOptions.defaults());
                }
                pushes.add((System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                try (RegistryConnection rc = RegistryConnection.open(alice, "a".toCharArray())) {
                    SiteSync.push(project, rc, SyncOptions.defaults());
                }
                idle.add((System.nanoTime() - t) / 1e9);
                System.out.printf(
                        "round %d: pull of %d changes %.3f s; push of %d local changes among %,d sites (pull first, then the sites written since) %.3f s; "
                                + "push with nothing to send %.3f s%n",
                        round + 1,
                        pr.changed(),
                        pulls.get(round),
                        push.changed(),
                        SITES,
                        pushes.get(round),
                        idle.get(round));
            }
            System.out.printf(
                    "median: first pull of %,d sites %.2f s (goal 5 s); incremental pull of %d changes %.3f s, "
                            + "push of %d changes %.3f s (goal 0.5 s); nothing to sync %.3f s%n",
                    SITES, median(firstPulls), CHANGES, median(pulls), CHANGES, median(pushes), median(idle));
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * What one {@code standoff registry pull} at the command line costs: a new JVM per pull, into
     * a new linked project, timed from outside by {@code /usr/bin/time} (wall, user and system CPU
     * of the whole process, JVM start and exit included). Extra JVM options for the child come
     * from {@code -Dchild.opts} (say {@code -XX:StartFlightRecording=filename=pull.jfr} to see
     * where the time goes, or {@code -Xlog:class+load:file=classes.txt}).
     */
    private static void freshJvmPulls(Path dir, RegistrySettings alice) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < Integer.getInteger("firstRounds", 3); round++) {
            Path project = dir.resolve("fresh-" + round + ".gpkg");
            ProjectFile.write(Project.empty("bench"), project);
            RegistryLink.link(project, alice, false);
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %U %S %M", javaBin));
            String opts = System.getProperty("child.opts", "");
            if (!opts.isBlank()) {
                cmd.addAll(List.of(opts.split(" ")));
            }
            cmd.addAll(List.of(
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.standoff.Main",
                    "registry",
                    "pull",
                    project.toString(),
                    "--password-stdin"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().write("a\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int rc = p.waitFor();
            String[] t = out.lines()
                    .filter(l -> l.startsWith("TIME "))
                    .findFirst()
                    .orElse("TIME ? ? ? ?")
                    .split(" ");
            System.out.printf(
                    "fresh JVM pull, round %d (exit %d): %s s wall, %s s user + %s s system CPU, peak RSS %s KB; load average %.1f%n  %s%n",
                    round + 1,
                    rc,
                    t[1],
                    t[2],
                    t[3],
                    t[4],
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage(),
                    out.lines()
                            .filter(l -> !l.startsWith("TIME "))
                            .reduce((a, b) -> a + " | " + b)
                            .orElse(""));
        }
    }

    private static void editLocally(Path project, int round) throws Exception {
        try (SiteFile store = SiteFile.open(project)) {
            List<MiningSite> all = store.all();
            List<MiningSite> changed = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                MiningSite s = all.get((round * 7919 + i * 997) % all.size());
                changed.add(s.withOperator("Local edit " + round + "-" + i));
            }
            store.updateAll(changed);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
