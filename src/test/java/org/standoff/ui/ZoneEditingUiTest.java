package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Point;
import org.standoff.analysis.Finding;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;
import org.standoff.model.MiningSite;
import org.standoff.model.Zone;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing a drawn radius through the real window: resizing it by dragging its rim, moving it
 * by dragging its centre, and the live radius slider; with the screening following each edit
 * and undo / redo taking the edits back. Everything is driven by the mouse and the keyboard;
 * the test only reads the model to check what the UI did.
 */
@ExtendWith(ApplicationExtension.class)
class ZoneEditingUiTest {

    private static final double LAT = 41.14;
    private static final double LON = -104.82;
    /** Equatorial circumference of the WGS84 ellipsoid, for metres per pixel of a Web Mercator zoom. */
    private static final double EQUATOR_METRES = 40_075_016.686;

    private MainWindow window;
    /** Where the last mouse release happened, in screen coordinates, as the scene saw it. */
    private volatile Point2D lastRelease;

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
        // The basemap is not under test; hiding it (View > Show Basemap) spares the FX thread its software rendering.
        window.viewModel().basemapVisibleProperty().set(false);
        stage.getScene()
                .addEventFilter(
                        MouseEvent.MOUSE_RELEASED, e -> lastRelease = new Point2D(e.getScreenX(), e.getScreenY()));
    }

    // ---------------------------------------------------------------- tests

    @Test
    void resizesARadiusByDraggingItsRimAndUndoRedoRestoreIt(FxRobot robot) throws Exception {
        Zone drawn = drawRadius(robot);
        Point c = (Point) drawn.geometry();
        double r0 = drawn.maxRadiusMetres();
        long inside = addSite(robot, "Inside", c, 45, 0.5 * r0);
        long between = addSite(robot, "Between", c, 180, 1.5 * r0);
        awaitFindings(
                "baseline: only the inside site is in the drawn radius",
                f -> radiusSeen(f, inside, drawn) == r0 && !flagged(f, between));
        awaitCount(drawn, 1);

        // Press on the rim, due east of the centre, and drag outwards by about one radius.
        double[] rim = Geodesic.destination(c.getX(), c.getY(), 90, r0);
        Point2D rimOnScreen = screenOf(rim[1], rim[0]);
        Point2D centreOnScreen = screenOf(c.getY(), c.getX());
        double radiusPx = rimOnScreen.distance(centreOnScreen);
        assertTrue(
                radiusPx > 40, "the drawn radius is big enough on screen to tell rim from centre: " + radiusPx + " px");
        robot.clickOn("#map-edit-toggle"); // dragging edits only in the explicit edit mode
        robot.drag(rimOnScreen, MouseButton.PRIMARY)
                .moveBy(Math.round(radiusPx), 0)
                .drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, zones().size(), "the resize edits the zone, it does not draw a new one");
        Zone resized = zones().get(0);
        assertEquals(drawn.id(), resized.id());
        assertNotEquals(
                r0,
                resized.maxRadiusMetres(),
                "pressing on the rim and dragging must resize the radius (was the rim grabbed, or did the map pan?)");
        double[] dropLatLon = latLonUnder(lastRelease);
        double expected = Geodesic.distance(c.getX(), c.getY(), dropLatLon[1], dropLatLon[0]);
        double tolerance = 1.5 * metresPerPixel(c.getY());
        assertEquals(expected, resized.maxRadiusMetres(), tolerance, "the radius reaches the drop point");
        assertTrue(
                resized.maxRadiusMetres() > 1.7 * r0,
                "dragged out by a radius, the radius about doubles: " + r0 + " -> " + resized.maxRadiusMetres());
        Point c1 = (Point) resized.geometry();
        assertEquals(c.getX(), c1.getX(), 0.0, "resizing does not move the centre (lon)");
        assertEquals(c.getY(), c1.getY(), 0.0, "resizing does not move the centre (lat)");
        assertEquals(1, resized.bands().size());
        assertEquals(0.0, resized.bands().get(0).innerMetres());
        double r1 = resized.maxRadiusMetres();

        awaitFindings(
                "after the resize the site between the old and new rims is flagged",
                f -> radiusSeen(f, inside, resized) == r1 && flagged(f, between));
        awaitCount(resized, 2);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, zones().size());
        assertEquals(drawn, zones().get(0), "undo restores the radius (and centre) exactly");
        assertEquals(r0, zones().get(0).maxRadiusMetres(), 0.0);
        awaitFindings(
                "after undo the site between the rims is no longer flagged",
                f -> radiusSeen(f, inside, drawn) == r0 && !flagged(f, between));
        awaitCount(drawn, 1);

        robot.push(KeyCode.CONTROL, KeyCode.Y); // Edit > Redo is bound to Shortcut+Y (MainMenus)
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, zones().size());
        assertEquals(resized, zones().get(0), "redo re-applies the resize exactly");
        awaitFindings(
                "after redo the site between the rims is flagged again",
                f -> radiusSeen(f, inside, resized) == r1 && flagged(f, between));
        awaitCount(resized, 2);
    }

    @Test
    void movesARadiusByDraggingItsCentreAndUndoPutsItBack(FxRobot robot) throws Exception {
        Zone drawn = drawRadius(robot);
        Point c = (Point) drawn.geometry();
        double r0 = drawn.maxRadiusMetres();
        long inside = addSite(robot, "Inside", c, 270, 0.5 * r0);
        awaitFindings("baseline", f -> radiusSeen(f, inside, drawn) == r0);

        Point2D from = screenOf(c.getY(), c.getX());
        robot.clickOn("#map-edit-toggle"); // dragging edits only in the explicit edit mode
        from = screenOf(c.getY(), c.getX());
        robot.drag(from, MouseButton.PRIMARY).moveBy(70, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, zones().size(), "moving edits the zone, it does not draw a new one");
        Zone moved = zones().get(0);
        assertEquals(drawn.id(), moved.id());
        Point c1 = (Point) moved.geometry();
        double[] drop = latLonUnder(lastRelease);
        double metresPerPx = metresPerPixel(c.getY());
        double off = Geodesic.distance(c1.getX(), c1.getY(), drop[1], drop[0]);
        assertTrue(
                off <= 1.5 * metresPerPx,
                "the centre lands on the drop point: " + Math.round(off) + " m off, " + Math.round(metresPerPx)
                        + " m per pixel");
        double shift = Geodesic.distance(c.getX(), c.getY(), c1.getX(), c1.getY());
        assertEquals(
                Math.hypot(70, 40) * metresPerPx, shift, 3 * metresPerPx, "the centre moved by the dragged distance");
        assertEquals(r0, moved.maxRadiusMetres(), 0.0, "moving keeps the radius");

        // The site at the old west half-radius is now about 1.2 radii from the moved centre: out.
        double toInside = Geodesic.distance(c1.getX(), c1.getY(), siteLon(inside), siteLat(inside));
        assertTrue(toInside > r0, "test geometry: the inside site ends up outside the moved circle");
        awaitFindings("after the move the site left behind is no longer flagged", f -> !flagged(f, inside));
        awaitCount(moved, 0);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, zones().size());
        assertEquals(drawn, zones().get(0), "undo puts the centre back exactly, radius unchanged");
        awaitFindings("after undo the site is inside again", f -> radiusSeen(f, inside, drawn) == r0);
        awaitCount(drawn, 1);
    }

    @Test
    void radiusSliderChangesTheSelectedZoneLiveAndTheCountFollows(FxRobot robot) throws Exception {
        Zone drawn = drawRadius(robot);
        Point c = (Point) drawn.geometry();
        Slider slider = robot.lookup("#zone-radius-slider").queryAs(Slider.class);
        LengthUnit unit = fx(() -> window.viewModel().unitProperty().get());

        // Select the zone by clicking it in the zones list.
        robot.interact(() -> window.zones().selectedProperty().set(null));
        assertTrue(slider.isDisabled(), "no zone selected: slider disabled");
        robot.clickOn(cellOf(drawn));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(drawn, window.zones().selectedProperty().get(), "clicking the zone in the list selects it");
        assertFalse(slider.isDisabled(), "a selected single-radius zone enables the slider");
        double v0 = fx(slider::getValue);
        assertEquals(unit.fromMetres(drawn.maxRadiusMetres()), v0, 1e-9, "the slider shows the zone's radius");
        double step = fx(slider::getBlockIncrement);

        long inside = addSite(robot, "Inside", c, 0, unit.toMetres(v0) * 0.5);
        long a = addSite(robot, "A", c, 120, unit.toMetres(v0 + 0.5 * step));
        long b = addSite(robot, "B", c, 240, unit.toMetres(v0 + 1.5 * step));
        awaitFindings(
                "baseline",
                f -> radiusSeen(f, inside, drawn) == drawn.maxRadiusMetres() && !flagged(f, a) && !flagged(f, b));
        awaitCount(drawn, 1);

        // Focus the slider by clicking its thumb (which must not change the radius), then use the arrow keys.
        robot.clickOn(thumb());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(slider::isFocused), "clicking the thumb focuses the slider");
        assertEquals(drawn, zones().get(0), "a click on the thumb leaves the radius alone");

        Zone up1 = arrowStep(robot, slider, KeyCode.RIGHT);
        assertEquals(
                unit.toMetres(round2(v0 + step)),
                up1.maxRadiusMetres(),
                1e-6,
                "one arrow step grows the radius by the slider's step");
        assertEquals(c, up1.geometry(), "the slider does not move the centre");
        awaitFindings(
                "one step out: site A is inside",
                f -> radiusSeen(f, inside, up1) == up1.maxRadiusMetres() && flagged(f, a) && !flagged(f, b));
        awaitCount(up1, 2);

        Zone up2 = arrowStep(robot, slider, KeyCode.RIGHT);
        assertEquals(
                unit.toMetres(round2(unit.fromMetres(up1.maxRadiusMetres()) + step)),
                up2.maxRadiusMetres(),
                1e-6,
                "a second arrow step grows it again");
        awaitFindings(
                "two steps out: sites A and B are inside",
                f -> radiusSeen(f, inside, up2) == up2.maxRadiusMetres() && flagged(f, a) && flagged(f, b));
        awaitCount(up2, 3);

        Zone down1 = arrowStep(robot, slider, KeyCode.LEFT);
        assertEquals(up1.maxRadiusMetres(), down1.maxRadiusMetres(), 1e-6, "one step back");
        awaitFindings(
                "one step back: site B is out again",
                f -> radiusSeen(f, inside, down1) == down1.maxRadiusMetres() && flagged(f, a) && !flagged(f, b));
        awaitCount(down1, 2);

        // Drag the thumb back towards the start: the radius follows live and the drag is one undoable edit.
        double pxPerUnit = fx(() -> trackLength() / (slider.getMax() - slider.getMin()));
        long dx = Math.round(0.9 * step * pxPerUnit);
        robot.drag(thumb(), MouseButton.PRIMARY).moveBy(-dx, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Zone dragged = zones().get(0);
        assertSame(dragged, window.zones().selectedProperty().get(), "the zone stays selected through the drag");
        double sliderNow = fx(slider::getValue);
        assertEquals(
                unit.toMetres(round2(sliderNow)),
                dragged.maxRadiusMetres(),
                1e-6,
                "the radius is what the slider shows");
        assertTrue(
                dragged.maxRadiusMetres() < down1.maxRadiusMetres() - unit.toMetres(0.5 * step),
                "dragging the thumb left by ~0.9 step shrinks the radius: " + unit.fromMetres(down1.maxRadiusMetres())
                        + " -> " + sliderNow);
        awaitFindings(
                "dragged back in: site A is out",
                f -> radiusSeen(f, inside, dragged) == dragged.maxRadiusMetres() && !flagged(f, a) && !flagged(f, b));
        awaitCount(dragged, 1);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(down1, zones().get(0), "one undo takes back the whole thumb drag");
        awaitFindings(
                "after undo site A is inside again",
                f -> radiusSeen(f, inside, down1) == down1.maxRadiusMetres() && flagged(f, a));
        awaitCount(down1, 2);
    }

    /**
     * Presses an arrow key on the focused slider and returns the zone. A user expects to keep
     * pressing: the zone must stay selected and the slider enabled and focused.
     */
    private Zone arrowStep(FxRobot robot, Slider slider, KeyCode key) throws Exception {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
        Zone z = zones().get(0);
        assertSame(z, fx(() -> window.zones().selectedProperty().get()), "the zone stays selected after " + key);
        assertFalse(fx(slider::isDisabled), "the slider stays enabled after " + key);
        assertTrue(fx(slider::isFocused), "the slider keeps the focus after " + key);
        return z;
    }

    @Test
    void whileTheSliderIsDraggedTheDrawingAndTheFindingsFollowWithoutWaitingForAPause(FxRobot robot) throws Exception {
        Zone drawn = drawRadius(robot);
        Point c = (Point) drawn.geometry();
        Slider slider = robot.lookup("#zone-radius-slider").queryAs(Slider.class);
        LengthUnit unit = fx(() -> window.viewModel().unitProperty().get());
        double v0 = fx(slider::getValue);
        long outer = addSite(robot, "Outer", c, 90, unit.toMetres(1.3 * v0));
        awaitFindings("baseline: the site is outside", f -> f.containsKey(outer) && !flagged(f, outer));

        // A drag as the slider reports one: the value changes every 40 ms and never pauses for the
        // analysis's settle time. It goes from r to 1.6 r, then moves to and fro between 1.5 r and
        // 1.6 r until both the drawing and the findings have followed it (however long a slow or
        // busy machine takes), and only then goes on to 2 r and ends.
        java.util.concurrent.atomic.AtomicBoolean dragging = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<Double> drawnMidDrag =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean flaggedMidDrag = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger step = new java.util.concurrent.atomic.AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        javafx.animation.Timeline drag = new javafx.animation.Timeline();
        java.util.concurrent.atomic.AtomicInteger finalSteps = new java.util.concurrent.atomic.AtomicInteger();
        drag.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(40), e -> {
            int i = step.incrementAndGet();
            boolean followed = drawnMidDrag.get() != null && flaggedMidDrag.get();
            if (i <= 30) {
                slider.setValue(v0 * (1 + 0.6 * i / 30));
            } else if (!followed && System.nanoTime() < deadline) {
                slider.setValue(v0 * (i % 2 == 0 ? 1.6 : 1.5));
            } else if (finalSteps.incrementAndGet() <= 10) {
                // on to 2 r in ten steps from wherever the to and fro stopped
                slider.setValue(v0 * (1.6 + 0.04 * finalSteps.get()));
            } else {
                drag.stop();
                dragging.set(false);
                slider.setValueChanging(false);
            }
        }));
        drag.setCycleCount(javafx.animation.Animation.INDEFINITE);
        robot.interact(() -> {
            window.analysis().shapesProperty().addListener((o, was, now) -> {
                for (org.standoff.analysis.ZoneShapes.Shape sh : now) {
                    // the radius the drawn outline has, from its north-south extent
                    double r = sh.geometry().getEnvelopeInternal().getHeight() / 2 * 111_050;
                    if (dragging.get()
                            && sh.zone().id().equals(drawn.id())
                            && r > unit.toMetres(1.2 * v0)
                            && r < unit.toMetres(1.8 * v0)) {
                        drawnMidDrag.compareAndSet(null, r);
                    }
                }
            });
            window.analysis().findingsProperty().addListener((o, was, now) -> {
                if (dragging.get() && flagged(now, outer)) {
                    flaggedMidDrag.set(true);
                }
            });
            slider.setValueChanging(true);
            drag.play();
        });
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !dragging.get());
        assertTrue(
                drawnMidDrag.get() != null,
                "the outline was redrawn at a radius between r and 2r while the drag went on");
        assertTrue(
                flaggedMidDrag.get(),
                "the site at 1.3 r was found inside while the drag went on, not only once it paused");
        awaitFindings("after the drag the site is inside", f -> flagged(f, outer));
        assertEquals(
                unit.toMetres(Math.round(2 * v0 * 100) / 100.0),
                zones().get(0).maxRadiusMetres(),
                1e-6,
                "the drag ends at 2r");
    }

    // ---------------------------------------------------------------- helpers

    /** Centres the map, clicks Draw and drags out a radius from the centre, as a user does. */
    private Zone drawRadius(FxRobot robot) {
        robot.interact(() -> {
            window.map().centerOn(LAT, LON);
            window.map().zoomBy(3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.zones().selectedProperty().set(null));
        robot.clickOn("#zone-draw");
        robot.drag(screenOf(LAT, LON), MouseButton.PRIMARY).moveBy(0, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, zones().size(), "drawing makes one zone");
        Zone z = zones().get(0);
        assertEquals(Zone.Kind.CIRCLE, z.kind());
        assertSame(z, window.zones().selectedProperty().get(), "the drawn zone is selected");
        return z;
    }

    private java.util.List<Zone> zones() {
        try {
            return fx(() -> java.util.List.copyOf(window.zones().zones()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private long addSite(FxRobot robot, String name, Point centre, double azimuth, double metres) throws Exception {
        double[] p = Geodesic.destination(centre.getX(), centre.getY(), azimuth, metres);
        return fx(() -> window.sites().add(MiningSite.at(name, p[0], p[1])).id());
    }

    private double siteLon(long id) throws Exception {
        return fx(() -> window.sites().sites().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow()
                .lon());
    }

    private double siteLat(long id) throws Exception {
        return fx(() -> window.sites().sites().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow()
                .lat());
    }

    private Point2D screenOf(double lat, double lon) {
        try {
            return fx(() -> window.map().localToScreen(window.map().screenPointOf(lat, lon)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The lat/lon under a screen point, as the map controller converts it ({@code MapPane.latLonAt} of the pane's local point). */
    private double[] latLonUnder(Point2D screen) throws Exception {
        assertTrue(screen != null, "a mouse release was seen");
        return fx(() -> {
            Point2D local = window.map().screenToLocal(screen);
            return window.map().latLonAt(local.getX(), local.getY());
        });
    }

    /** Ground metres per screen pixel at a latitude, from the map's Web Mercator zoom (256-pixel tiles). */
    private double metresPerPixel(double lat) throws Exception {
        double zoom = fx(() -> window.map().zoomProperty().get());
        return EQUATOR_METRES * Math.cos(Math.toRadians(lat)) / (256 * Math.pow(2, zoom));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private ListCell<?> cellOf(Zone z) throws Exception {
        return fx(() -> robot().lookup("#zone-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof Zone cz && cz.id().equals(z.id()))
                .findFirst()
                .orElseThrow());
    }

    private javafx.scene.Node thumb() {
        return robot().lookup("#zone-radius-slider .thumb").query();
    }

    private double trackLength() {
        return robot().lookup("#zone-radius-slider .track")
                .query()
                .getLayoutBounds()
                .getWidth();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    /** The number of sites inside the zone as the zones list shows it. */
    private String shownCount(Zone z) throws Exception {
        return fx(() -> {
            for (ListCell<?> cell : robot().lookup("#zone-list .list-cell").queryAllAs(ListCell.class)) {
                if (cell.getItem() instanceof Zone cz
                        && cz.id().equals(z.id())
                        && cell.getGraphic() instanceof HBox box) {
                    return ((Label) box.getChildren().get(1)).getText();
                }
            }
            return null;
        });
    }

    private void awaitCount(Zone z, int expected) throws Exception {
        String want = Integer.toString(expected);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> want.equals(shownCount(z)));
        } catch (TimeoutException e) {
            fail("the zones list should show " + expected + " sites in " + z.name() + " but shows " + shownCount(z));
        }
    }

    /** Waits for findings that answer the inputs as they are now and satisfy the condition. */
    private void awaitFindings(String what, Predicate<Map<Long, Finding>> condition) throws Exception {
        AnalysisWait.current(window.analysis(), what + " (zones " + zones() + ")", condition);
    }

    /** The outer radius of the zone's band that flagged the site in these findings, or NaN. */
    private static double radiusSeen(Map<Long, Finding> findings, long siteId, Zone z) {
        Finding f = findings.get(siteId);
        if (f == null) {
            return Double.NaN;
        }
        OptionalDouble r = f.hits().stream()
                .filter(h -> h.zoneId().equals(z.id()))
                .mapToDouble(h -> h.band().outerMetres())
                .max();
        return r.orElse(Double.NaN);
    }

    private static boolean flagged(Map<Long, Finding> findings, long siteId) {
        Finding f = findings.get(siteId);
        return f != null && f.flagged();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
