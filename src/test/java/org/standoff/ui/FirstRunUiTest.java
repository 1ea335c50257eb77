package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Started without a file, the app never opens on an empty map: the sample on the first run and
 * whenever there is no recent project to reopen (an installed app sharing a home where
 * {@code mvn javafx:run} already showed the sample), else the most recent project.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindow startWith(FxRobot robot, AppSettings settings) throws Exception {
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            w[0] = StandoffApp.show(stage, settings, UiExecutor.background());
            w[0].project().openAtStart();
        });
        return w[0];
    }

    private static Path openedFile(MainWindow w) throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> w.project().fileProperty().get() != null
                        && !w.sites().sites().isEmpty());
        return w.project().fileProperty().get();
    }

    @Test
    void aHomeWhereTheSampleWasShownBeforeButNoProjectIsRecentOpensTheSampleAgain(FxRobot robot) throws Exception {
        AppSettings settings = UiTestHome.fresh();
        settings.put("sample.shown", "true"); // as another copy of Standoff left it
        MainWindow w = startWith(robot, settings);
        assertEquals("Standoff sample.gpkg", openedFile(w).getFileName().toString());
    }

    @Test
    void theMostRecentProjectIsReopenedWhenThereIsOne(FxRobot robot) throws Exception {
        AppSettings settings = UiTestHome.fresh();
        Path mine = settings.home().resolve("mine.gpkg");
        try (var in = getClass().getResourceAsStream("/org/standoff/sample/sample.gpkg")) {
            Files.copy(in, mine);
        }
        settings.put("sample.shown", "true");
        settings.put("project.recent", mine.toString());
        MainWindow w = startWith(robot, settings);
        assertEquals(mine, openedFile(w));
    }
}
