package org.standoff.ui.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * must not sleep or wait.
 */
public class UiExecutor {

    private final ExecutorService pool;
    private final ExecutorService quick;

    protected UiExecutor(ExecutorService pool) {
        this.pool = pool;
        this.quick = pool == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "standoff-quick");
            t.setDaemon(true);
            return t;
        });
    }

    /** The application's executor: two background threads. */
    public static UiExecutor background() {
        return new UiExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "standoff-task");
            t.setDaemon(true);
            return t;
        }));
    }

    /** An executor that runs tasks and callbacks immediately on the calling thread. */
    public static UiExecutor direct() {
        return new UiExecutor(null) {
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
                onFailure.accept(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        }));
    }
}
