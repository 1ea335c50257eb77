package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standoff.render.MapStyles;
import org.standoff.render.Rgba;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user meets it: an offline map that zooms, pans and reports where the cursor is. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
    }

    private void waitForBasemap(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> "Ready"
                        .equals(robot.lookup("#status-message")
                                .queryAs(Label.class)
                                .getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlDMeasuresTheGeodesicPathClickedAndCopiesIt(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        robot.interact(() -> window.map().setViewOf(41.0, -104.9, 9));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#map");
        robot.press(KeyCode.CONTROL).press(KeyCode.D).release(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D a = WaitForAsyncUtils.asyncFx(
                        () -> window.map().localToScreen(window.map().screenPointOf(41.1335, -104.8667)))
                .get();
        javafx.geometry.Point2D b = WaitForAsyncUtils.asyncFx(
                        () -> window.map().localToScreen(window.map().screenPointOf(40.9, -104.9903)))
                .get();
        robot.clickOn(a);
        robot.doubleClickOn(b);
        WaitForAsyncUtils.waitForFxEvents();

        org.standoff.geo.GeodesicPath path =
                WaitForAsyncUtils.asyncFx(() -> window.measuredPath()).get();
        assertTrue(
                path != null && path.points().size() == 2,
                "two points measured: " + (path == null ? null : path.points().size()));
        double[] p0 = path.points().get(0);
        double[] p1 = path.points().get(1);
        // the points are where the user clicked, to within a pixel (about 200 m at zoom 9)
        assertEquals(-104.8667, p0[0], 0.005);
        assertEquals(41.1335, p0[1], 0.005);
        // and the length is the geodesic between them (GeodesicPathTest checks that against GeographicLib to 0.1 mm)
        assertEquals(org.standoff.geo.Geodesic.distance(p0[0], p0[1], p1[0], p1[1]), path.totalMetres(), 1e-6);
        String status = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Measured ") && status.contains(" mi in 1 segment"), status);
        String copied = WaitForAsyncUtils.asyncFx(
                        () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get();
        assertEquals(path.describe(org.standoff.geo.LengthUnit.MILE), copied, "the measurement is on the clipboard");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.measuredPath()).get() == null, "Esc clears it");
    }

    @Test
    void ctrlShiftDMeasuresTheGeodesicAreaOfTheClickedPolygonAndCopiesIt(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        robot.interact(() -> window.map().setViewOf(41.0, -104.8, 9));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#map");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double[][] corners = {{41.1335, -104.8667}, {40.9, -104.9903}, {41.0, -104.5}};
        for (int i = 0; i < corners.length; i++) {
            double[] c = corners[i];
            javafx.geometry.Point2D at = WaitForAsyncUtils.asyncFx(
                            () -> window.map().localToScreen(window.map().screenPointOf(c[0], c[1])))
                    .get();
            if (i < corners.length - 1) {
                robot.clickOn(at);
            } else {
                robot.doubleClickOn(at);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();

        org.standoff.geo.GeodesicArea area =
                WaitForAsyncUtils.asyncFx(() -> window.measuredArea()).get();
        assertTrue(area != null && area.points().size() == 3, "three corners measured");
        // the corners are where the user clicked, to within a pixel (about 200 m at zoom 9) ...
        for (int i = 0; i < 3; i++) {
            assertEquals(corners[i][0], area.points().get(i)[1], 0.005);
            assertEquals(corners[i][1], area.points().get(i)[0], 0.005);
        }
        // ... so the area is near GeographicLib's 476,772,635.4 m² for the exact corners (GeodesicAreaTest checks
        // GeodesicArea against Planimeter to 1e-9), and exactly GeodesicArea's for the clicked ones
        assertEquals(476_772_635.4, area.areaSquareMetres(), 476_772_635.4 * 0.02);
        assertEquals(org.standoff.geo.GeodesicArea.of(area.points()).areaSquareMetres(), area.areaSquareMetres(), 1e-6);
        assertEquals(
                4,
                WaitForAsyncUtils.asyncFx(() -> window.measuredPath())
                        .get()
                        .points()
                        .size(),
                "the outline is closed back to the first corner");
        String status = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Measured area ") && status.contains(" mi² ("), status);
        String copied = WaitForAsyncUtils.asyncFx(
                        () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get();
        assertEquals(area.describe(org.standoff.geo.LengthUnit.MILE), copied, "the area is on the clipboard");
    }

    @Test
    void ctrlGGoesToAnMgrsReferenceAndToASiteByName(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        robot.interact(() -> window.sites().add(org.standoff.model.MiningSite.at("Prairie Hash", -100.5, 35.2)));
        robot.clickOn("#map");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(org.standoff.geo.CoordinateFormat.mgrs(41.1335, -104.8667)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                41.1335,
                window.map().centerLatProperty().get(),
                1e-3,
                "centred on the grid reference; the box holds \""
                        + robot.lookup("#goto-field")
                                .queryAs(javafx.scene.control.TextField.class)
                                .getText() + "\", the status says "
                        + robot.lookup("#status-message").queryAs(Label.class).getText());
        assertEquals(-104.8667, window.map().centerLonProperty().get(), 1e-3);
        assertTrue(window.map().zoomProperty().get() >= GoToBox.POINT_ZOOM - 1e-9);

        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        robot.write("prairie").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(35.2, window.map().centerLatProperty().get(), 1e-3, "a site found by part of its name");
        assertEquals(-100.5, window.map().centerLonProperty().get(), 1e-3);
    }

    @Test
    void goToSuggestsCheyenneWyomingFromTheGazetteerAndEnterGoesThere(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        robot.clickOn("#map");
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        robot.write("Cheyenne, WY");
        GoToBox box = robot.lookup("#goto-field").queryAs(GoToBox.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !box.matches().isEmpty() && "Cheyenne, WY".equals(box.getText()))
                        .get());
        org.standoff.analysis.locate.Locator.Match first =
                WaitForAsyncUtils.asyncFx(() -> box.matches().get(0)).get();
        assertEquals("Cheyenne, WY", first.name(), "the suggestion list offers the Wyoming city first");
        assertEquals(org.standoff.analysis.locate.Locator.Kind.PLACE, first.kind());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(41.14, window.map().centerLatProperty().get(), 0.05, "centred on Cheyenne, Wyoming");
        assertEquals(-104.82, window.map().centerLonProperty().get(), 0.05);
        assertTrue(
                window.map().zoomProperty().get() >= 10,
                "zoomed to the town: " + window.map().zoomProperty().get());
        String status = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Went to Cheyenne, WY"), status);
    }

    @Test
    void plusAndMinusKeysZoomAndDraggingPans(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        double zoom = window.map().zoomProperty().get();
        robot.clickOn("#map");
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom + 1, window.map().zoomProperty().get(), 1e-6, "+ zooms in one level");
        robot.type(KeyCode.SUBTRACT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom, window.map().zoomProperty().get(), 1e-6, "- zooms back out");

        double lon = window.map().centerLonProperty().get();
        double lat = window.map().centerLatProperty().get();
        robot.drag("#map").moveBy(-200, 120).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().centerLonProperty().get() > lon + 1, "dragging left shows what lies east");
        assertTrue(window.map().centerLatProperty().get() > lat + 0.5, "dragging down shows what lies north");
    }

    @Test
    void wheelZoomsAndWholeUsResetsTheView(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        double zoom = window.map().zoomProperty().get();
        robot.moveTo("#map").scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(zoom, window.map().zoomProperty().get(), 1e-6);
        robot.drag("#map").moveBy(300, 0).drop();
        robot.clickOn("View").clickOn("#menu-whole-us");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom, window.map().zoomProperty().get(), 1e-6);
        assertEquals(-95.85, window.map().centerLonProperty().get(), 0.5);
        assertEquals(37.8, window.map().centerLatProperty().get(), 1.5);
    }

    @Test
    void statusBarShowsTheCursorPositionMgrsAndAScale(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        robot.moveTo("#map");
        WaitForAsyncUtils.waitForFxEvents();
        String cursor = robot.lookup("#cursor-position").queryAs(Label.class).getText();
        String mgrs = robot.lookup("#cursor-mgrs").queryAs(Label.class).getText();
        assertTrue(cursor.matches("\\d+\\.\\d{6}° N, \\d+\\.\\d{6}° W"), cursor);
        assertTrue(mgrs.matches("MGRS \\d{1,2}[C-X] [A-Z]{2} \\d{5} \\d{5}"), mgrs);

        robot.clickOn("#cursor-position").moveTo("#map");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                robot.lookup("#cursor-position")
                        .queryAs(Label.class)
                        .getText()
                        .matches("\\d+°\\d{2}'\\d{2}\\.\\d{2}\" N, .*"),
                "clicking the readout switches to DMS");

        String scale = robot.lookup("#scale-bar-label").queryAs(Label.class).getText();
        assertTrue(scale.endsWith(" mi"), scale);
        robot.type(KeyCode.ADD).type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        String closer = robot.lookup("#scale-bar-label").queryAs(Label.class).getText();
        assertTrue(
                Double.parseDouble(closer.split(" ")[0]) < Double.parseDouble(scale.split(" ")[0]),
                scale + " then " + closer);
    }

    @Test
    void mapShowsOfflineTilesWithLandAndWater(FxRobot robot) throws Exception {
        waitForBasemap(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Image shot = WaitForAsyncUtils.asyncFx(() -> window.map().snapshot(null, null))
                    .get();
            return mostlyNear(shot, window.map().screenPointOf(38.5, -98.5), MapStyles.US_LAND)
                    && mostlyNear(shot, window.map().screenPointOf(26.0, -88.0), MapStyles.WATER)
                    && mostlyNear(shot, window.map().screenPointOf(23.0, -102.0), MapStyles.FOREIGN_LAND);
        });
        Bounds b = window.map().getLayoutBounds();
        assertTrue(b.getWidth() > 400 && b.getHeight() > 300, "the map takes most of the window: " + b);
    }

    /** Most pixels of the 11 x 11 block around p have the colour (labels and borders may cross it). */
    private static boolean mostlyNear(Image img, javafx.geometry.Point2D p, Rgba colour) {
        int hits = 0;
        for (int dy = -5; dy <= 5; dy++) {
            for (int dx = -5; dx <= 5; dx++) {
                int argb = img.getPixelReader().getArgb((int) p.getX() + dx, (int) p.getY() + dy);
                hits += near(new Rgba((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, 255), colour) ? 1 : 0;
            }
        }
        return hits > 60;
    }

    private static boolean near(Rgba a, Rgba b) {
        return Math.abs(a.red() - b.red()) + Math.abs(a.green() - b.green()) + Math.abs(a.blue() - b.blue()) <= 12;
    }
}
