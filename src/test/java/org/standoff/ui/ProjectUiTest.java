package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.model.MiningSite;
import org.standoff.model.Zone;
import org.standoff.sample.SyntheticData;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save a project, start a new one, open the file again: everything comes back, and the title tells unsaved work. */
@ExtendWith(ApplicationExtension.class)
class ProjectUiTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;
    private Path home;

    @Start
    void start(Stage s) {
        stage = s;
        org.standoff.ui.base.AppSettings settings = UiTestHome.fresh();
        home = settings.home();
        window = StandoffApp.show(s, settings, UiExecutor.background());
    }

    private List<Path> recoveryFiles() throws Exception {
        Path folder = home.resolve("recovery");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gpkg"))
                    .toList();
        }
    }

    @Test
    void dontSaveKeepsNoRecoveryCopyOfTheDiscardedWork(FxRobot robot) throws Exception {
        robot.interact(() -> window.sites().add(MiningSite.at("Thrown away", -104.8, 41.1)));
        robot.interact(() -> window.project().autosaveNow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> recoveryFiles().size() == 1);

        java.util.concurrent.CompletableFuture<Boolean> answer = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(
                () -> answer.complete(window.project().confirmDiscard()));
        // the question is showing: its Don't Save button is visible in a showing window (not merely built)
        java.util.concurrent.Callable<java.util.Optional<javafx.scene.control.Button>> dontSave =
                () -> robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                        .filter(b -> "Don't Save".equals(b.getText())
                                && b.isVisible()
                                && b.getScene() != null
                                && b.getScene().getWindow() != null
                                && b.getScene().getWindow().isShowing())
                        .findFirst();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(dontSave).get().isPresent());
        robot.clickOn(WaitForAsyncUtils.asyncFx(dontSave).get().orElseThrow());
        assertTrue(answer.get(10, TimeUnit.SECONDS), "Don't Save goes on");
        robot.interact(() -> window.project().shutdown());

        assertEquals(
                List.of(),
                recoveryFiles(),
                "the discarded work leaves no recovery file to be offered at the next start");
    }

    @Test
    void saveAsOfAnUntitledProjectLeavesNoRecoveryCopyToBeOfferedLater(FxRobot robot) throws Exception {
        robot.interact(() -> window.sites().add(MiningSite.at("Saved as", -104.8, 41.1)));
        assertTrue(autosave(), "the untitled work is copied");
        awaitCopyWritten();
        assertEquals(1, recoveryFiles().size());

        Path file = dir.resolve("named.gpkg");
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> window.project().saveTo(file, () -> saved.set(true)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, saved::get);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                List.of(),
                recoveryFiles(),
                "the work is in named.gpkg; no copy of it as Untitled is left to be offered");
        assertEquals(1, org.standoff.io.store.ProjectFile.read(file).sites().size());
    }

    @Test
    void savesAndReopensLayersSitesAndZones(FxRobot robot) throws Exception {
        Path file = dir.resolve("brief.gpkg");
        robot.interact(() -> {
            window.layers().add(window.layers().newLayer(SyntheticData.installations(20, 3)));
            window.sites().add(MiningSite.at("Saved mine", -104.8, 41.1));
            window.zones()
                    .add(new Zone(
                            "z-1",
                            "Five miles",
                            Zone.Kind.CIRCLE,
                            null,
                            null,
                            new GeometryFactory().createPoint(new Coordinate(-104.8, 41.1)),
                            List.of(Zone.Band.disc(8046.72)),
                            false,
                            "#123456",
                            null));
        });
        assertTrue(window.project().dirtyProperty().get());
        assertTrue(stage.getTitle().startsWith("• Untitled"), stage.getTitle());

        robot.interact(() -> robot.lookup("#findings-within")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("30"));
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> window.project().saveTo(file, () -> saved.set(true)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, saved::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(file) > 0);
        assertFalse(window.project().dirtyProperty().get());
        assertTrue(stage.getTitle().startsWith("brief"), stage.getTitle());

        robot.interact(() -> window.project().newProject());
        assertEquals(0, window.sites().sites().size());
        assertEquals(0, window.layers().layers().size());

        robot.interact(() -> window.project().openFile(file));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.sites().sites().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved mine", window.sites().sites().get(0).name());
        assertEquals(1, window.layers().layers().size());
        assertEquals(20, window.layers().layers().get(0).data().features().size());
        assertEquals("Five miles", window.zones().zones().get(0).name());
        assertFalse(window.project().dirtyProperty().get(), "a freshly opened project has no unsaved changes");
        assertEquals(file, window.project().recent().get(0));
        assertEquals(
                "30",
                robot.lookup("#findings-within")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText(),
                "the findings filter is kept");
    }

    @Test
    void unsavedWorkIsCopiedForRecoveryOnceUntilItChangesAgain(FxRobot robot) throws Exception {
        robot.interact(() -> window.sites().add(MiningSite.at("Kept for recovery", -104.8, 41.1)));
        assertTrue(autosave(), "unsaved work is copied");
        assertFalse(autosave(), "never a second copy while one is being written");
        awaitCopyWritten();
        assertEquals(1, recoveryFiles().size());
        assertFalse(autosave(), "nothing changed since the copy: nothing is written");
        assertTrue(
                window.project().dirtyProperty().get(), "still unsaved: it is the copy that is current, not the file");
        robot.interact(() -> window.sites().add(MiningSite.at("One more", -104.7, 41.1)));
        assertTrue(autosave(), "a new change is copied");
        awaitCopyWritten();
        // a change that is not an undoable edit (a briefing layout saved) counts too
        robot.interact(() -> window.project().markChanged());
        assertTrue(autosave(), "a marked change is copied");
        awaitCopyWritten();
    }

    private boolean autosave() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.project().autosaveNow()).get(10, TimeUnit.SECONDS);
    }

    private void awaitCopyWritten() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(() -> window.project().autosaving())
                        .get());
    }
}
