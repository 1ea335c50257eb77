package org.standoff.ui.base;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where every background thread of the app comes from: the task pool, zone drawing, screening,
 * the overlay renderer, basemap tiles, the basemap loader and the settings writer all ask here,
 * so a test can substitute its own (count them, name them, size them) by handing
 * {@link UiExecutor#background(ThreadPools)} another implementation.
 *
 * <p><b>Cores.</b> Work that can take every core for seconds (screening, zone drawing) is sized
 * with {@link #allButOneCore()}, so the JavaFX thread and the tile renderer always have a core to
 * answer the user on; on two cores that makes it sequential. Tiles, short and latency-bound, may
 * use all cores.
 *
 * <p>Every thread made by {@link #daemon()} is a daemon (the app exits when its window closes)
 * named after its pool, so a thread dump says whose it is. Thread-safe.
 */
public interface ThreadPools {

    /** {@code count} daemon threads named {@code name-N}; with one thread, tasks run in order. */
    ExecutorService threads(String name, int count);

    /** A fork-join pool for parallel streams, of {@code parallelism} daemon workers named {@code name-N}. */
    ForkJoinPool forkJoin(String name, int parallelism);

    /** Starts one daemon thread for one job (a loader that runs once). */
    void start(String name, Runnable job);

    /** The cores the pools are sized by. */
    int cores();

    /** The parallelism of long background work: every core but one, at least one. */
    default int allButOneCore() {
        return Math.max(1, cores() - 1);
    }

    /** The app's pools: plain daemon threads, sized by the machine's processors. */
    static ThreadPools daemon() {
        return Daemon.INSTANCE;
    }

    /** The implementation behind {@link #daemon()}. */
    final class Daemon implements ThreadPools {

        static final Daemon INSTANCE = new Daemon();

        private Daemon() {}

        @Override
        public ExecutorService threads(String name, int count) {
            AtomicInteger n = new AtomicInteger();
            return Executors.newFixedThreadPool(count, r -> {
                Thread t = new Thread(r, count == 1 ? name : name + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public ForkJoinPool forkJoin(String name, int parallelism) {
            return new ForkJoinPool(
                    parallelism,
                    pool -> {
                        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                        t.setName(name + "-" + t.getPoolIndex());
                        t.setDaemon(true);
                        return t;
                    },
                    null,
                    false);
        }

        @Override
        public void start(String name, Runnable job) {
            Thread t = new Thread(job, name);
            t.setDaemon(true);
            t.start();
        }

        @Override
        public int cores() {
            return Runtime.getRuntime().availableProcessors();
        }
    }
}
