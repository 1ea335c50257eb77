package org.standoff.ui.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The one way the UI runs work in the background and comes back to the JavaFX thread
 * (STYLE.md, threading): {@link Platform#runLater} is called here and nowhere else.
 *
 * <p>Tasks run on a small pool of daemon threads; short lookups that answer typing (the Go to
 * box's suggestions) have a thread of their own, {@link #submitQuick}, so they never queue behind
 * an analysis. {@link #direct()} runs everything at once on the calling thread, for tests that
 * must not sleep or wait. Every other pool of the UI is made through {@link #pools()}, so a test
 * that hands in its own {@link ThreadPools} sees all of them.
 */
public class UiExecutor {

    private final ThreadPools pools;
    private final ExecutorService pool;
    private final ExecutorService quick;

    protected UiExecutor(ThreadPools pools, boolean threads) {
        this.pools = pools;
        this.pool = threads ? pools.threads("standoff-task", 2) : null;
        this.quick = threads ? pools.threads("standoff-quick", 1) : null;
    }

    /** The application's executor: two background threads. */
    public static UiExecutor background() {
        return background(ThreadPools.daemon());
    }

    /** The application's executor with every pool, its own and the views', made by {@code pools}. */
    public static UiExecutor background(ThreadPools pools) {
        return new UiExecutor(pools, true);
    }

    /** An executor that runs tasks and callbacks immediately on the calling thread. */
    public static UiExecutor direct() {
        return new UiExecutor(ThreadPools.daemon(), false) {
            @Override
            public <T> void submit(Task<T> task) {
                task.run();
            }

            @Override
            public <T> void submitQuick(Task<T> task) {
                task.run();
            }

            @Override
            public void onFxThread(Runnable r) {
                r.run();
            }
        };
    }

    /** Where the views' own pools (drawing, screening, rendering, tiles) come from. */
    public ThreadPools pools() {
        return pools;
    }

    /** Runs a task in the background; its handlers fire on the JavaFX thread as usual. */
    public <T> void submit(Task<T> task) {
        pool.submit(task);
    }

    /**
     * Runs a short task (well under a second: a lookup as the user types) on its own thread, never
     * behind the long work {@link #submit} queues; one at a time, in order.
     */
    public <T> void submitQuick(Task<T> task) {
        quick.submit(task);
    }

    /** Runs {@code r} on the JavaFX thread, later. */
    public void onFxThread(Runnable r) {
        Platform.runLater(r);
    }

    /** Calls one of the callbacks on the JavaFX thread when the future completes. */
    public <T> void whenDone(CompletableFuture<T> future, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        future.whenComplete((value, error) -> onFxThread(() -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        }));
    }
}
