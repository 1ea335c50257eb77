package org.standoff.ui.sites;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.concurrent.Task;
import org.standoff.ui.base.UiExecutor;

/**
 * Runs file work of the site dialogs as a {@link Task} on the {@link UiExecutor}, so the
 * JavaFX thread never reads or writes a file, and hands the result or the error back on the
 * JavaFX thread. A counter of running tasks is kept (for progress indicators: busy while above 0);
 * a task that succeeds, fails or is cancelled leaves it.
 */
final class Background {

    private Background() {}

    /**
     * Runs {@code work} in the background; then, on the JavaFX thread, {@code onDone} with its
     * result or {@code onError} with what it threw. Call on the JavaFX thread.
     */
    static <T> Task<T> run(
            UiExecutor executor,
            IntegerProperty running,
            Callable<T> work,
            Consumer<T> onDone,
            Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.set(running.get() + 1);
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> running.set(running.get() - 1)); // a cancelled task is no longer running either
        executor.submit(task);
        return task;
    }
}
