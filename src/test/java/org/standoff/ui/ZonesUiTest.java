package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.standoff.analysis.Finding;
import org.standoff.analysis.ScreeningOp;
import org.standoff.geo.Geodesic;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Layer;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.sample.SyntheticData;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drawing a radius on the map, the live count of sites inside, and undo. */
@ExtendWith(ApplicationExtension.class)
class ZonesUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
    }

    private Point2D screenOf(double lat, double lon) {
        return window.map().localToScreen(window.map().screenPointOf(lat, lon));
    }

    @Test
    void drawsARadiusByDraggingAndCountsTheSitesInsideByExactDistance(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.map().centerOn(41.14, -104.82);
            window.map().zoomBy(3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] near = Geodesic.destination(-104.82, 41.14, 90, 3000);
        double[] far = Geodesic.destination(-104.82, 41.14, 270, 60000);
        robot.interact(() -> {
            window.sites().add(MiningSite.at("Near", near[0], near[1]));
            window.sites().add(MiningSite.at("Far", far[0], far[1]));
        });
        robot.interact(() -> window.zones().selectedProperty().set(null));
        robot.clickOn("#zone-draw");
        Point2D centre = screenOf(41.14, -104.82);
        robot.drag(centre, MouseButton.PRIMARY).moveBy(0, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, window.zones().zones().size());
        Zone z = window.zones().zones().get(0);
        assertEquals(Zone.Kind.CIRCLE, z.kind());
        Point c = (Point) z.geometry();
        assertEquals(41.14, c.getY(), 0.02);
        assertTrue(
                z.maxRadiusMetres() > 5000 && z.maxRadiusMetres() < 60000,
                "radius follows the drag: " + z.maxRadiusMetres());

        // The analysis reruns by itself: the near site is inside, the far one is not.
        java.util.Map<Long, Finding> found = AnalysisWait.current(window.analysis());
        assertEquals(2, found.size(), "findings for both sites");
        long inside = found.values().stream().filter(Finding::flagged).count();
        assertEquals(1, inside);

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), List.copyOf(window.zones().zones()), "undo removes the drawn radius");
    }

    @Test
    void drawsAPolygonZoneAndScreensSitesInsideIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.map().centerOn(41.14, -104.82);
            window.map().zoomBy(3);
            window.sites().add(MiningSite.at("Inside", -104.82, 41.14));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#zone-polygon");
        Point2D c = screenOf(41.14, -104.82);
        robot.clickOn(c.add(-80, -60)).clickOn(c.add(80, -60)).clickOn(c.add(0, 90));
        robot.doubleClickOn(c.add(0, 90));
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.zones().zones().size());
        assertEquals(Zone.Kind.POLYGON, window.zones().zones().get(0).kind());
        java.util.Map<Long, Finding> found = AnalysisWait.current(window.analysis());
        assertTrue(
                found.values().stream().anyMatch(Finding::flagged), "the site inside the polygon is flagged: " + found);
    }

    @Test
    void fitShowsTheWholeSelectedZone(FxRobot robot) throws Exception {
        Point centre = new GeometryFactory().createPoint(new Coordinate(-104.82, 41.14));
        robot.interact(() -> {
            Zone z = new Zone(
                    window.zones().newId(),
                    "Cheyenne 50 km",
                    Zone.Kind.CIRCLE,
                    null,
                    null,
                    centre,
                    List.of(Zone.Band.disc(50_000)),
                    false,
                    window.zones().nextColour(),
                    null);
            window.zones().add(z);
            window.zones().selectedProperty().set(z);
            window.map().setViewOf(30, -80, 5);
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.analysis().shapesProperty().get().stream()
                        .anyMatch(sh -> sh.zone().name().equals("Cheyenne 50 km")));
        robot.clickOn("#zone-fit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(41.14, window.map().centerLatProperty().get(), 0.05, "centred on the zone");
        assertEquals(-104.82, window.map().centerLonProperty().get(), 0.05);
        // the 100 km wide disc fills the view: both its east and west edges are on the map, not far inside it
        double west = Geodesic.destination(-104.82, 41.14, 270, 50_000)[0];
        double east = Geodesic.destination(-104.82, 41.14, 90, 50_000)[0];
        double span = WaitForAsyncUtils.asyncFx(
                        () -> window.map().screenPointOf(41.14, east).getX()
                                - window.map().screenPointOf(41.14, west).getX())
                .get();
        double width = WaitForAsyncUtils.asyncFx(() -> window.map().getWidth()).get();
        assertTrue(span < width && span > width / 5, "the zone spans " + span + " of " + width + " pixels");
    }

    @Test
    void aRadiusAroundThePoleIsNotDrawnAndTheStatusBarSaysWhy(FxRobot robot) throws Exception {
        Point polar = new GeometryFactory().createPoint(new Coordinate(0, 89.5));
        robot.interact(() -> window.zones()
                .add(new Zone(
                        window.zones().newId(),
                        "Polar radius",
                        Zone.Kind.CIRCLE,
                        null,
                        null,
                        polar,
                        List.of(Zone.Band.disc(100_000)),
                        false,
                        window.zones().nextColour(),
                        null)));
        Labeled status = robot.lookup("#status-message").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> status.getText() != null && status.getText().contains("not drawn"));
        assertTrue(
                status.getText().contains("Polar radius") && status.getText().contains("North Pole"), status.getText());
        assertTrue(window.analysis().shapesProperty().get().stream()
                .noneMatch(sh -> sh.zone().name().equals("Polar radius")));
        assertEquals(1, window.zones().zones().size(), "the zone itself is kept");
    }

    @Test
    void theBufferDialogProposesTheInstallationsAndTheCfiusMilesWhateverTheDisplayUnit(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.layers().add(window.layers().newLayer(SyntheticData.installations(10, 4)));
            window.layers().add(window.layers().newLayer(SyntheticData.substations(500, 4))); // on top of the panel
            window.viewModel().unitProperty().set(org.standoff.geo.LengthUnit.KILOMETRE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#zone-buffer");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<ProjectLayer> layer =
                robot.lookup("#buffer-layer").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals(
                org.standoff.model.LayerRole.INSTALLATIONS, layer.getValue().role());
        assertEquals(
                "1, 30, 100",
                robot.lookup("#buffer-radii")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText());
        assertTrue(
                robot.lookup(".choice-box").queryAllAs(javafx.scene.control.ChoiceBox.class).stream()
                        .anyMatch(c -> c.getValue() == org.standoff.geo.LengthUnit.MILE),
                "in miles, although the map shows kilometres");
        robot.clickOn("Cancel");
    }

    @Test
    void buffersOnlyTheFeaturesWhoseAttributeMatchesThroughTheBufferDialog(FxRobot robot) throws Exception {
        Layer installations = SyntheticData.installations(30, 4);
        robot.interact(() -> window.layers().add(window.layers().newLayer(installations)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#zone-buffer");
        robot.clickOn("#buffer-radii").push(KeyCode.CONTROL, KeyCode.A).write("5");
        robot.clickOn("#buffer-field").clickOn("COMPONENT");
        robot.clickOn("#buffer-value").write("Air Force");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, window.zones().zones().size());
        Zone z = window.zones().zones().get(0);
        assertEquals(FeatureFilter.Mode.ATTRIBUTE, z.filter().mode());
        int component = installations.fieldIndex("COMPONENT");
        long airForce = installations.features().stream()
                .filter(f -> "Air Force".equals(f.value(component)))
                .count();
        ProjectLayer layer = window.layers().layers().get(0);
        List<org.standoff.model.Feature> chosen = ScreeningOp.chosenFeatures(layer.data(), z);
        assertTrue(airForce > 0 && airForce < installations.features().size(), "the seed gives a mix of components");
        assertEquals(airForce, chosen.size());
        assertTrue(chosen.stream().allMatch(f -> "Air Force".equals(f.value(component))));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.analysis().shapesProperty().get().stream()
                        .anyMatch(sh -> sh.zone().id().equals(z.id())));
    }

    @Test
    void aZoneOfSeveralRingsShowsTheSitesInEachRing(FxRobot robot) throws Exception {
        double[] three = Geodesic.destination(-104.82, 41.14, 45, 3000);
        double[] ten = Geodesic.destination(-104.82, 41.14, 200, 10000);
        double[] fifty = Geodesic.destination(-104.82, 41.14, 300, 50000);
        Point centre = new GeometryFactory().createPoint(new Coordinate(-104.82, 41.14));
        robot.interact(() -> {
            window.viewModel().unitProperty().set(org.standoff.geo.LengthUnit.KILOMETRE);
            window.sites().add(MiningSite.at("Three", three[0], three[1]));
            window.sites().add(MiningSite.at("Ten", ten[0], ten[1]));
            window.sites().add(MiningSite.at("Fifty", fifty[0], fifty[1]));
            window.zones()
                    .add(new Zone(
                            window.zones().newId(),
                            "Rings",
                            Zone.Kind.CIRCLE,
                            null,
                            null,
                            centre,
                            List.of(Zone.Band.disc(5000), Zone.Band.disc(20000)),
                            false,
                            window.zones().nextColour(),
                            null));
        });
        AnalysisWait.current(window.analysis());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<String> texts = robot.lookup(".list-cell .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .filter(t -> t != null)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(texts.contains("Rings (5, 20 km)"), "the zone: " + texts);
        assertTrue(texts.contains("5 km: 1 · 20 km: 2"), "per-ring counts: " + texts);
        assertTrue(texts.contains("2"), "sites in the zone: " + texts);
    }
}
