package org.standoff.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.ui.base.ThreadPools;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.command.UndoManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Cancelling an import stops its read and gives the busy count back, so the wizard is never left busy. */
@ExtendWith(ApplicationExtension.class)
class SiteImportCancelUiTest {

    /** Keeps the submitted tasks instead of running them: a read that is still in flight. */
    static final class Held extends UiExecutor {
        final List<Task<?>> tasks = new CopyOnWriteArrayList<>();

        Held() {
            super(ThreadPools.daemon(), false);
        }

        @Override
        public <T> void submit(Task<T> task) {
            tasks.add(task);
        }
    }

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void cancellingAReadInFlightCancelsItAndTheModelIsNoLongerBusy(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sites.csv");
        Files.writeString(csv, "name,lat,lon\nA,41,-104\n");
        Held executor = new Held();
        SiteImportModel model =
                new SiteImportModel(new SitesViewModel(new UndoManager(), Clock.systemUTC()), executor, e -> {});
        robot.interact(() -> model.open(csv));
        assertEquals(1, executor.tasks.size());
        assertTrue(model.busy().get(), "reading");

        robot.interact(model::cancel);
        assertTrue(executor.tasks.get(0).isCancelled(), "the read is cancelled");
        assertFalse(model.busy().get(), "and the busy count is back to zero");
        assertEquals(null, model.planProperty().get());
    }
}
