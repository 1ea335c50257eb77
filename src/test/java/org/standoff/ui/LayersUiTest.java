package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.model.Feature;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.sample.SyntheticData;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Loading shapefiles as layers, identifying a feature, undoing, and a broken file. */
@ExtendWith(ApplicationExtension.class)
class LayersUiTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
    }

    private static Path write(String name, Layer layer, ShapeType type) throws Exception {
        Path shp = dir.resolve(name + ".shp");
        if (!Files.exists(shp)) {
            ShapefileWriter.write(shp, type, layer.fields(), layer.features());
        }
        return shp;
    }

    private void load(FxRobot robot, Path shp, int expectedLayers) throws Exception {
        robot.interact(() -> window.loadLayer(shp));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.layers().layers().size() == expectedLayers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void loadsLayersWithGuessedRolesAndIdentifiesAClickedFeature(FxRobot robot) throws Exception {
        Layer subs = SyntheticData.substations(300, 7);
        load(robot, write("substations", subs, ShapeType.POINT), 1);
        load(robot, write("installations", SyntheticData.installations(40, 8), ShapeType.POLYGON), 2);

        assertEquals("installations", window.layers().layers().get(0).name(), "newest layer on top");
        assertEquals(LayerRole.INSTALLATIONS, window.layers().layers().get(0).role());
        assertEquals(LayerRole.SUBSTATIONS, window.layers().layers().get(1).role());
        assertTrue(robot.lookup("#layer-list").queryListView().getItems().size() == 2);

        // Click the first substation: its name shows in the attributes panel.
        Feature first = subs.features().get(0);
        Point p = (Point) first.geometry();
        robot.interact(() -> window.map().centerOn(p.getY(), p.getX()));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.map().overlay().isCurrent())
                        .get());
        Point2D local = window.map().screenPointOf(p.getY(), p.getX());
        robot.clickOn(window.map().localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#attributes-table").queryAs(TableView.class);
        assertTrue(table.isVisible());
        assertTrue(
                table.getItems().toString().contains("SYNTHETIC Substation 1,")
                        || table.getItems().toString().contains("SYNTHETIC Substation 1]"),
                table.getItems().toString());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#attributes-panel").query().isVisible(), "Escape clears the identified feature");

        // identified again, then closed with the panel's own button
        robot.clickOn(window.map().localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#attributes-panel").query().isVisible());
        robot.clickOn("#attributes-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#attributes-panel").query().isVisible(), "the close button hides the panel");
        assertTrue(window.layers().identifiedProperty().get() == null, "and clears the identified feature");
    }

    @Test
    void theAttributeTableSortsFiltersAndSharesTheSelectionWithTheMap(FxRobot robot) throws Exception {
        Layer subs = SyntheticData.substations(300, 7);
        load(robot, write("substations", subs, ShapeType.POINT), 1);
        robot.clickOn("#layer-list .list-cell");
        robot.clickOn("#layer-table");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Feature> table = robot.lookup("#attribute-table").queryAs(TableView.class);
        assertEquals(300, table.getItems().size());

        // the map's identify selects and reveals the row
        org.standoff.model.ProjectLayer layer = window.layers().layers().get(0);
        Feature f = layer.data().features().get(250);
        robot.interact(() -> window.layers()
                .identifiedProperty()
                .set(new org.standoff.ui.layers.LayersViewModel.Identified(layer, f)));
        assertEquals(f, table.getSelectionModel().getSelectedItem(), "identified on the map, selected in the table");

        // a row picked in the table is the identified feature, highlighted on the map and shown in the identify panel
        robot.interact(() -> table.getSelectionModel().clearAndSelect(3));
        Feature picked = table.getItems().get(3);
        assertEquals(picked, window.layers().identifiedProperty().get().feature());
        assertTrue(robot.lookup("#attributes-panel").query().isVisible());

        // the filter narrows the rows and the count says so
        String name = layer.data().featureName(f);
        javafx.scene.control.TextField filter =
                robot.lookup("#attribute-filter").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> filter.setText(name)); // as typed (the robot would type its 30 characters one by one)
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                table.getItems().contains(f) && table.getItems().size() < 300,
                table.getItems().size() + " rows");
        String count = robot.lookup("#attribute-count")
                .queryAs(javafx.scene.control.Label.class)
                .getText();
        assertEquals(table.getItems().size() + " of 300 features", count);

        // a click on the # header sorts the column: descending on the second click
        robot.interact(() -> window.layers().identifiedProperty().set(null));
        robot.interact(() -> filter.setText(""));
        robot.interact(() -> table.getSelectionModel().clearSelection());
        javafx.scene.Node header =
                robot.lookup("#attribute-table .column-header").nth(0).query();
        robot.clickOn(header).clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(300, table.getItems().size());
        assertTrue(table.getItems().get(0).id() > table.getItems().get(299).id(), "sorted by # descending");
        assertEquals(1, window.attributeTables().size());
    }

    @Test
    void undoRemovesTheAddedLayerAndRedoBringsItBack(FxRobot robot) throws Exception {
        load(robot, write("substations", SyntheticData.substations(300, 7), ShapeType.POINT), 1);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.layers().layers().size());
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.layers().layers().size());
    }

    @Test
    void aBrokenFileIsReportedByNameAndLeavesLoadedLayersAlone(FxRobot robot) throws Exception {
        load(robot, write("substations", SyntheticData.substations(300, 7), ShapeType.POINT), 1);
        Path broken = dir.resolve("broken.shp");
        Files.write(broken, new byte[] {0, 0, 39, 10, 1, 2, 3});
        robot.interact(() -> window.loadLayer(broken));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("broken.shp"), pane.getContentText());
        assertEquals(1, window.layers().layers().size());
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void reloadFromSourcePicksUpAChangedShapefileUndoably(FxRobot robot) throws Exception {
        Path shp = dir.resolve("changing.shp");
        Layer first = SyntheticData.substations(50, 11);
        ShapefileWriter.write(shp, ShapeType.POINT, first.fields(), first.features());
        load(robot, shp, 1);
        Layer second = SyntheticData.substations(80, 12);
        ShapefileWriter.write(shp, ShapeType.POINT, second.fields(), second.features());
        robot.interact(() -> window.reloadLayer(window.layers().layers().get(0)));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.layers().layers().get(0).data().features().size() == 80);
        robot.interact(() -> window.undoManager().undo());
        assertEquals(50, window.layers().layers().get(0).data().features().size(), "undo brings the old data back");
    }

    @Test
    void sitesAreHiddenAndRestyledThroughTheLayersPanelAndTheLegendFollows(FxRobot robot) throws Exception {
        org.standoff.model.MiningSite site = org.standoff.model.MiningSite.at("Hidden Site", -104.8, 41.1)
                .withId(1)
                .withStatus(org.standoff.model.Parsed.of(org.standoff.model.SiteStatus.PLANNED));
        robot.interact(() -> {
            window.sites().load(java.util.List.of(site));
            window.map().setViewOf(41.1, -104.8, 10);
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.map().overlay().isCurrent())
                        .get());
        javafx.scene.Node legend = robot.lookup("#map-legend").query();
        assertTrue(legend.isVisible());

        // hidden: no legend, and a click where the site is identifies nothing
        robot.clickOn("#layer-sites-visible");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.map().overlay().isCurrent())
                        .get());
        assertTrue(!legend.isVisible(), "the legend goes with the sites");
        Point2D at = window.map().localToScreen(window.map().screenPointOf(41.1, -104.8));
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.sites().selectedProperty().get() == null, "a hidden site is not picked");

        // shown again and categorised by status: the legend lists statuses, the click picks the site
        robot.clickOn("#layer-sites-visible");
        robot.clickOn("#layer-sites-style").clickOn("By status");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.map().overlay().isCurrent())
                        .get());
        assertTrue(legend.isVisible());
        assertEquals(
                org.standoff.render.SiteSymbols.Scheme.STATUS,
                window.siteZoneLayers().siteStyleProperty().get().scheme());
        javafx.scene.layout.VBox rows = robot.lookup("#map-legend-rows").queryAs(javafx.scene.layout.VBox.class);
        java.util.List<String> labels = rows.getChildren().stream()
                .map(r -> ((javafx.scene.control.Label)
                                ((javafx.scene.layout.HBox) r).getChildren().get(1))
                        .getText())
                .toList();
        assertEquals(
                java.util.List.of("Operating", "Under construction", "Planned", "Closed", "Status unknown"), labels);
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Hidden Site", window.sites().selectedProperty().get().name());
    }
}
