package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.Geodesic;
import org.standoff.model.MiningSite;
import org.standoff.model.Zone;
import org.standoff.ui.base.ThreadPools;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every pool the window uses comes from the {@link ThreadPools} it was given: a substitute sees
 * them all, sized as it says, and no thread of the window is made behind its back.
 */
@ExtendWith(ApplicationExtension.class)
class ThreadPoolsUiTest {

    /** Pools named "sub-…", sized as if the machine had four cores, each request recorded. */
    static final class Recording implements ThreadPools {
        final Map<String, Integer> sizes = new ConcurrentHashMap<>();

        @Override
        public ExecutorService threads(String name, int count) {
            sizes.merge("threads " + name, count, Math::max);
            return ThreadPools.daemon().threads("sub-" + name, count);
        }

        @Override
        public ForkJoinPool forkJoin(String name, int parallelism) {
            sizes.merge("forkJoin " + name, parallelism, Math::max);
            return ThreadPools.daemon().forkJoin("sub-" + name, parallelism);
        }

        @Override
        public void start(String name, Runnable job) {
            sizes.merge("start " + name, 1, Math::max);
            ThreadPools.daemon().start("sub-" + name, job);
        }

        @Override
        public int cores() {
            return 4;
        }
    }

    /** The names the window's threads had before they came from ThreadPools. */
    private static final List<String> OWN_THREADS = List.of(
            "standoff-task",
            "standoff-quick",
            "overlay-render",
            "basemap-tiles",
            "basemap-loader",
            "zone-shapes",
            "screening");

    /** Threads alive before this window: earlier test classes' windows share the JVM. */
    private final Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());

    private final Recording pools = new Recording();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background(pools));
    }

    @Test
    void theWindowsPoolsAllComeFromTheGivenThreadPoolsAndLongWorkLeavesACore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> "Ready"
                        .equals(robot.lookup("#status-message")
                                .queryAs(Label.class)
                                .getText()));
        double[] near = Geodesic.destination(-104.8, 41.15, 10, 2000);
        robot.interact(() -> {
            window.sites().add(MiningSite.at("Near", near[0], near[1]));
            window.zones()
                    .add(new Zone(
                            window.zones().newId(),
                            "Five km",
                            Zone.Kind.CIRCLE,
                            null,
                            null,
                            new GeometryFactory().createPoint(new Coordinate(-104.8, 41.15)),
                            List.of(Zone.Band.disc(5000)),
                            false,
                            window.zones().nextColour(),
                            null));
        });
        AnalysisWait.current(window.analysis());

        assertEquals(3, pools.sizes.get("forkJoin zone-shapes"), "drawing leaves a core: " + pools.sizes);
        assertEquals(4, pools.sizes.get("threads basemap-tiles"), "tiles may use every core: " + pools.sizes);
        for (String name : List.of(
                "threads standoff-task",
                "threads standoff-quick",
                "threads overlay-render",
                "start basemap-loader",
                "threads zone-shapes",
                "forkJoin screening")) {
            assertTrue(pools.sizes.containsKey(name), name + " not asked of the pools: " + pools.sizes);
        }
        Set<String> behindItsBack = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t))
                .map(Thread::getName)
                .filter(n -> OWN_THREADS.stream().anyMatch(n::startsWith))
                .collect(Collectors.toSet());
        assertTrue(behindItsBack.isEmpty(), "threads not made by the given pools: " + behindItsBack);
    }
}
