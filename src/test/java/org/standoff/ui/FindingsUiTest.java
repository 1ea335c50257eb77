package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import org.standoff.geo.Geodesic;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.ui.analysis.FindingsTable;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The findings table: distances to the nearest installation, filtering, selection and export. */
@ExtendWith(ApplicationExtension.class)
class FindingsUiTest {

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
    }

    @Test
    void listsEachSiteWithItsNearestInstallationAndFiltersByDistance(FxRobot robot) throws Exception {
        Layer bases = new Layer(
                "installations",
                List.of(Field.of("NAME", FieldType.STRING)),
                List.of(new Feature(
                        1,
                        new WKTReader()
                                .read("POLYGON ((-104.9 41.1, -104.8 41.1, -104.8 41.2, -104.9 41.2, -104.9 41.1))"),
                        new Object[] {"Example AFB"})),
                null);
        double[] halfMile = Geodesic.destination(-104.8, 41.15, 90, 804.672);
        double[] twentyMiles = Geodesic.destination(-104.8, 41.15, 90, 20 * 1609.344);
        robot.interact(() -> {
            window.layers().add(window.layers().newLayer(bases));
            window.sites()
                    .add(MiningSite.at("Close mine", halfMile[0], halfMile[1]).withForeignControlled(Parsed.of(true)));
            window.sites().add(MiningSite.at("Far mine", twentyMiles[0], twentyMiles[1]));
            window.runProximity();
        });
        TableView<?> table = robot.lookup("#findings-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        String text = table.getItems().toString();
        assertTrue(text.contains("Example AFB"), text);

        robot.clickOn("#findings-within").write("1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size(), "only the site within 1 mile of the base");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertEquals("Close mine", window.sites().selectedProperty().get().name());

        FindingsTable findings = robot.lookup("#findings-panel").queryAs(FindingsTable.class);
        Path csv = dir.resolve("findings.csv");
        robot.interact(() -> findings.exportTo(UiExecutor.direct(), csv, FindingsTable.Format.CSV));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).contains("nearest_installation_mi"), lines.get(0));
        assertTrue(lines.get(1).contains("Close mine") && lines.get(1).contains("0.500"), lines.get(1));

        Path gpkg = dir.resolve("findings.gpkg");
        robot.interact(() -> findings.exportTo(UiExecutor.direct(), gpkg, FindingsTable.Format.GEOPACKAGE));
        org.standoff.io.store.GeoPackageReader reader = new org.standoff.io.store.GeoPackageReader(gpkg);
        String gpkgTable = reader.featureTables().stream()
                .filter(t -> t.contains("findings"))
                .findFirst()
                .orElseThrow();
        org.standoff.model.Layer back = reader.readLayer(gpkgTable);
        assertEquals(1, back.features().size());
        assertEquals(
                0.5,
                ((Number) back.features().get(0).value(back.fieldIndex("nearest_installation_mi"))).doubleValue(),
                1e-3);
    }

    @Test
    void theSummaryIsComputedWhenShownAndFollowsTheFindingsWhileShown(FxRobot robot) throws Exception {
        org.locationtech.jts.geom.Point centre = new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(-104.8, 41.15));
        double[] near = Geodesic.destination(-104.8, 41.15, 10, 2000);
        robot.interact(() -> {
            window.sites().add(MiningSite.at("Near", near[0], near[1]));
            window.zones()
                    .add(new org.standoff.model.Zone(
                            window.zones().newId(),
                            "Five km",
                            org.standoff.model.Zone.Kind.CIRCLE,
                            null,
                            null,
                            centre,
                            List.of(org.standoff.model.Zone.Band.disc(5000)),
                            false,
                            window.zones().nextColour(),
                            null));
        });
        AnalysisWait.current(window.analysis());
        robot.interact(() -> window.showSummary());
        AnalysisWait.current(window.analysis());
        javafx.scene.control.ListView<?> perZone =
                robot.lookup("#summary-zones").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> perZone.getItems().toString().contains("1  Five km"));

        // while shown it follows: a second site inside
        double[] also = Geodesic.destination(-104.8, 41.15, 200, 3000);
        robot.interact(() -> window.sites().add(MiningSite.at("Also", also[0], also[1])));
        AnalysisWait.current(window.analysis());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                perZone.getItems().toString().contains("2  Five km"),
                perZone.getItems().toString());
    }

    @Test
    void findingsPublishedWhileTheTableIsHiddenAreShownWhenItOpens(FxRobot robot) throws Exception {
        double[] near = Geodesic.destination(-104.8, 41.15, 10, 2000);
        robot.interact(() -> {
            window.sites().add(MiningSite.at("Hidden-time site", near[0], near[1]));
            window.sites().selectedProperty().set(window.sites().sites().get(0));
        });
        AnalysisWait.current(window.analysis());
        // opened without a new run: the rows are built from the findings published while hidden
        robot.interact(() -> {
            robot.lookup("#tables-panel")
                    .queryAs(javafx.scene.control.TitledPane.class)
                    .setExpanded(true);
            javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAll().stream()
                    .filter(n -> n instanceof javafx.scene.control.TabPane tp
                            && tp.getTabs().stream().anyMatch(t -> "tab-findings".equals(t.getId())))
                    .map(javafx.scene.control.TabPane.class::cast)
                    .findFirst()
                    .orElseThrow();
            tabs.getSelectionModel()
                    .select(tabs.getTabs().stream()
                            .filter(t -> "tab-findings".equals(t.getId()))
                            .findFirst()
                            .orElseThrow());
        });
        TableView<?> table = robot.lookup("#findings-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertTrue(
                table.getItems().get(0).toString().contains("Hidden-time site"),
                table.getItems().toString());
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "the selected site's row is selected");
    }
}
