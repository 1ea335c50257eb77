package org.standoff.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.LengthUnit;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Layer;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.sample.SyntheticData;
import org.standoff.sample.SyntheticGeography;
import org.standoff.ui.analysis.AnalysisService;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.UiExecutor;

/**
 * How long the real window takes, on the national project (800 installations, 70,000
 * substations, 100,000 sites), from an analyst's edit to the counts and findings that answer
 * it: the edit is made through the view models on the JavaFX thread, as the controls make it,
 * and the clock stops in a listener on the published findings registered after the views' own,
 * so the views have taken the new findings when it fires. Not a test; run headless:
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Xmx3g \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.ui.LiveAnalysisBenchmark
 * </pre>
 */
public final class LiveAnalysisBenchmark {

    private static final double MILE = LengthUnit.MILE.toMetres(1);

    private LiveAnalysisBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sites = Integer.getInteger("sites", 100_000);
        int repeats = Integer.getInteger("repeats", 5);
        Layer inst = SyntheticData.installations(800, 1);
        Layer subs = SyntheticGeography.substations(70_000, 2);
        List<org.locationtech.jts.geom.Geometry> outlines = inst.features().stream()
                .map(org.standoff.model.Feature::geometry)
                .toList();
        List<MiningSite> siteList = SyntheticGeography.sites(sites, 3, SyntheticGeography.cities(2), outlines);

        Platform.startup(() -> {});
        MainWindow[] window = new MainWindow[1];
        fx(() -> {
            Stage stage = new Stage();
            window[0] = StandoffApp.show(
                    stage, AppSettings.load(Files.createTempDirectory("standoff-bench-home")), UiExecutor.background());
            stage.setWidth(1200);
            stage.setHeight(760);
            return null;
        });
        MainWindow w = window[0];
        AnalysisService analysis = w.analysis();

        ProjectLayer[] bases = new ProjectLayer[1];
        double open = timed(analysis, () -> {
            bases[0] = w.layers().newLayer(inst);
            w.layers().add(bases[0]);
            w.layers().add(w.layers().newLayer(subs));
            w.sites().load(siteList);
            w.zones()
                    .add(new Zone(
                            w.zones().newId(),
                            "CFIUS 1 mi",
                            Zone.Kind.LAYER_BUFFER,
                            bases[0].id(),
                            FeatureFilter.ALL,
                            null,
                            List.of(Zone.Band.disc(MILE)),
                            false,
                            w.zones().nextColour(),
                            null));
        });
        System.out.printf("national project loaded (%d sites): first findings after %.0f ms%n", sites, open);

        List<Double> radius = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Zone z = fx(() -> w.zones().zones().get(0));
            Zone changed = z.withBands(List.of(Zone.Band.disc((2 + i) * MILE)));
            radius.add(timed(analysis, () -> w.zones().update(z, changed, "radius")));
        }
        report("radius change -> counts and findings", radius);

        List<Double> presets = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            double r = 1 + i;
            presets.add(timed(
                    analysis,
                    () -> w.zones()
                            .addAll(
                                    List.of(
                                            new Zone(
                                                    w.zones().newId(),
                                                    "1 mi",
                                                    Zone.Kind.LAYER_BUFFER,
                                                    bases[0].id(),
                                                    FeatureFilter.ALL,
                                                    null,
                                                    List.of(Zone.Band.disc(r * MILE)),
                                                    false,
                                                    w.zones().nextColour(),
                                                    "cfius-1"),
                                            new Zone(
                                                    w.zones().newId(),
                                                    "100 mi",
                                                    Zone.Kind.LAYER_BUFFER,
                                                    bases[0].id(),
                                                    FeatureFilter.ALL,
                                                    null,
                                                    List.of(new Zone.Band(r * MILE, 100 * MILE)),
                                                    false,
                                                    w.zones().nextColour(),
                                                    "cfius-100")),
                                    "presets")));
        }
        report("two preset zones added (CFIUS 1 and 100 mi) -> counts", presets);

        List<Double> add = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            double lon = -104.8 + 0.01 * i;
            add.add(timed(analysis, () -> w.sites().add(MiningSite.at("Added " + lon, lon, 41.1))));
        }
        report("one site added -> findings", add);

        List<Double> move = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            MiningSite s = fx(() -> w.sites().sites().get(12));
            MiningSite moved = s.withLocation(s.lon() + 0.01, s.lat());
            move.add(timed(analysis, () -> w.sites().update(s, moved, "move")));
        }
        report("one site moved -> findings", move);

        List<Double> circle = new ArrayList<>();
        GeometryFactory gf = new GeometryFactory();
        for (int i = 0; i < repeats; i++) {
            double lon = -100 + i;
            circle.add(timed(
                    analysis,
                    () -> w.zones()
                            .add(new Zone(
                                    w.zones().newId(),
                                    "circle " + lon,
                                    Zone.Kind.CIRCLE,
                                    null,
                                    null,
                                    gf.createPoint(new Coordinate(lon, 39)),
                                    List.of(Zone.Band.disc(30 * MILE)),
                                    false,
                                    w.zones().nextColour(),
                                    null))));
        }
        report("a new 30 mi circle -> counts", circle);

        System.gc();
        System.out.println("RSS "
                + Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                        .map(String::strip)
                        .toList());
        Platform.exit();
        System.exit(0);
    }

    /** Of each timed edit, the CPU milliseconds of the answering threads (FX, screening, tasks) and of drawing. */
    private static final List<double[]> CPU = new ArrayList<>();

    /**
     * CPU nanoseconds so far of the threads that answer an edit (the JavaFX thread, screening,
     * the background task threads) and of the zone-drawing threads: figures a loaded machine
     * does not inflate the way it does wall time.
     */
    private static long[] cpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long answer = 0;
        long drawing = 0;
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long c = Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
            String n = t.getThreadName();
            if (n.startsWith("JavaFX Application")
                    || n.equals("Event Thread")
                    || n.startsWith("screening-")
                    || n.startsWith("standoff-task")) {
                answer += c;
            } else if (n.startsWith("zone-shapes")) {
                drawing += c;
            }
        }
        return new long[] {answer, drawing};
    }

    /** Of each timed edit, the milliseconds until its run started (the settle); reported with the next line. */
    private static final List<Double> WAITED = new ArrayList<>();

    private static void report(String what, List<Double> ms) {
        String waited =
                WAITED.stream().map(d -> String.format("%.0f", d)).toList().toString();
        WAITED.clear();
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf(
                "%-55s median %6.1f ms  (runs: %s)%n",
                what,
                sorted.get(sorted.size() / 2),
                ms.stream().map(d -> String.format("%.1f", d)).toList());
        System.out.println("        of which until the run started: " + waited + " ms");
        System.out.println("        CPU of FX + screening + task threads: "
                + CPU.stream().map(c -> String.format("%.0f", c[0])).toList() + " ms; of drawing: "
                + CPU.stream().map(c -> String.format("%.0f", c[1])).toList() + " ms");
        CPU.clear();
    }

    /**
     * Makes the edit on the FX thread and returns the milliseconds until findings answering it
     * (the input generation just after the edit) are published and the views have taken them.
     */
    private static double timed(AnalysisService analysis, Runnable edit) throws Exception {
        Thread.sleep(300); // let the previous run's aftermath (shapes, redraws) settle
        long[] cpuBefore = cpu();
        CountDownLatch done = new CountDownLatch(1);
        long[] end = new long[1];
        long[] runStart = new long[1];
        long start = fx(() -> {
            long t0 = System.nanoTime();
            edit.run();
            long wanted = analysis.inputsProperty().get();
            // the result is published, then the findings (which the views listen to) in the same event: the clock
            // stops in the next event, when the views have taken them. (A listener on the findings alone would miss
            // an edit that changes no finding: the property does not fire for an equal map.)
            javafx.beans.value.ChangeListener<AnalysisService.Findings> l = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(
                        javafx.beans.value.ObservableValue<? extends AnalysisService.Findings> o,
                        AnalysisService.Findings a,
                        AnalysisService.Findings b) {
                    if (b.inputs() >= wanted) {
                        analysis.resultProperty().removeListener(this);
                        Platform.runLater(() -> {
                            end[0] = System.nanoTime();
                            done.countDown();
                        });
                    }
                }
            };
            analysis.resultProperty().addListener(l);
            javafx.beans.value.ChangeListener<Boolean> r = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                    if (b) {
                        runStart[0] = System.nanoTime();
                        analysis.runningProperty().removeListener(this);
                    }
                }
            };
            analysis.runningProperty().addListener(r);
            return t0;
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no findings within 120 s; analysis failure: "
                    + fx(() -> analysis.failureProperty().get()));
        }
        if (runStart[0] > 0) {
            WAITED.add((runStart[0] - start) / 1e6);
        }
        long[] cpuAfter = cpu();
        CPU.add(new double[] {(cpuAfter[0] - cpuBefore[0]) / 1e6, (cpuAfter[1] - cpuBefore[1]) / 1e6});
        return (end[0] - start) / 1e6;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }
}
