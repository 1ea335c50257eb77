package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.sites.SiteEditor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Sites on the map: add by clicking, select from the map and the table, move by dragging, undo. */
@ExtendWith(ApplicationExtension.class)
class SitesUiTest {

    private MainWindow window;

    /** Answers every dialog without showing one, so the test drives only the map. */
    static final class ScriptedEditor implements SiteEditor {
        @Override
        public Optional<MiningSite> add(Window owner, double lon, double lat) {
            return Optional.of(MiningSite.at("Clicked site", lon, lat).withStatus(Parsed.of(SiteStatus.OPERATING)));
        }

        @Override
        public Optional<MiningSite> edit(Window owner, MiningSite site) {
            return Optional.of(site.withName(site.name() + " (edited)"));
        }

        @Override
        public boolean confirmDelete(Window owner, MiningSite site) {
            return true;
        }
    }

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
        window.setSiteEditor(new ScriptedEditor());
    }

    private Point2D screenOf(double lat, double lon) {
        return window.map().localToScreen(window.map().screenPointOf(lat, lon));
    }

    private void waitForOverlay() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.map().overlay().isCurrent())
                        .get());
    }

    @Test
    void addsASiteWhereTheUserClicksThenMovesItByDraggingWithUndo(FxRobot robot) throws Exception {
        robot.interact(() -> window.map().centerOn(41.14, -104.82));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.addSite());
        Point2D target = screenOf(41.14, -104.82);
        robot.clickOn(target, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.sites().sites().size());
        MiningSite added = window.sites().sites().get(0);
        assertEquals(41.14, added.lat(), 0.05, "placed where clicked");
        assertEquals(-104.82, added.lon(), 0.05);
        assertNotNull(window.sites().selectedProperty().get(), "the new site is selected");
        assertTrue(robot.lookup("#map-legend").query().isVisible(), "the site legend shows once there are sites");

        waitForOverlay();
        Point2D from = screenOf(added.lat(), added.lon());
        double lonBefore = WaitForAsyncUtils.asyncFx(
                        () -> window.map().centerLonProperty().get())
                .get();
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                added, window.sites().sites().get(0), "outside edit mode a drag that starts on a site never moves it");
        assertTrue(
                WaitForAsyncUtils.asyncFx(() -> window.map().centerLonProperty().get())
                                .get()
                        < lonBefore,
                "it pans the map instead");

        robot.press(KeyCode.CONTROL)
                .press(KeyCode.M)
                .release(KeyCode.M)
                .release(KeyCode.CONTROL); // Edit > Move Sites and Zones on Map
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().mapEditModeProperty().get(), "Ctrl+M turns on moving on the map");
        waitForOverlay();
        from = screenOf(added.lat(), added.lon());
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        MiningSite moved = window.sites().sites().get(0);
        assertTrue(
                moved.lon() > added.lon() && moved.lat() < added.lat(),
                "dragged east and south: " + moved.lon() + ", " + moved.lat());
        assertEquals(added.id(), moved.id());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(added.lon(), window.sites().sites().get(0).lon(), 1e-12, "undo puts the site back");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.sites().sites().size(), "undo removes the added site");
    }

    @Test
    void selectingARowSelectsTheSiteAndDeleteRemovesIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.sites().add(MiningSite.at("Alpha", -100, 40));
            window.sites().add(MiningSite.at("Bravo", -90, 35));
            window.toggleTables(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#sites-table").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(1));
        assertEquals("Bravo", window.sites().selectedProperty().get().name());
        assertEquals(35, window.map().centerLatProperty().get(), 0.5, "the map centres on the selected site");

        robot.clickOn("#sites-filter-text").write("alp");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());

        robot.interact(() ->
                window.sites().selectedProperty().set(window.sites().sites().get(0)));
        robot.interact(() -> window.deleteSite());
        assertEquals(1, window.sites().sites().size());
        assertNull(window.sites().selectedProperty().get());
    }
}
