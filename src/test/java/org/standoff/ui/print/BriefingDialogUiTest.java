package org.standoff.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.analysis.Finding;
import org.standoff.geo.Geodesic;
import org.standoff.model.MiningSite;
import org.standoff.model.Zone;
import org.standoff.print.ElementKind;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;
import org.standoff.print.Rect;
import org.standoff.sample.SyntheticData;
import org.standoff.ui.AnalysisWait;
import org.standoff.ui.MainWindow;
import org.standoff.ui.StandoffApp;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Print Briefing Map with sites, a zone and a layer: live preview, paper change, PDF export. */
@ExtendWith(ApplicationExtension.class)
class BriefingDialogUiTest {

    private static final double LON = -104.82;
    private static final double LAT = 41.14;
    /** Where the test writes the preview for a person to look at. */
    static final Path PREVIEW_PNG = Path.of(System.getProperty("java.io.tmpdir"), "standoff-briefing-preview.png");

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // Not @TempDir: background threads still write basemap tiles there when the test ends.
        window = StandoffApp.show(
                stage, AppSettings.load(Files.createTempDirectory("standoff-ui-test-home")), UiExecutor.background());
    }

    private void project(FxRobot robot) {
        double[] a = Geodesic.destination(LON, LAT, 45, 3000);
        double[] b = Geodesic.destination(LON, LAT, 200, 7000);
        double[] c = Geodesic.destination(LON, LAT, 90, 40000);
        robot.interact(() -> {
            window.layers().add(window.layers().newLayer(SyntheticData.installations(40, 11)));
            window.sites().add(MiningSite.at("Prairie Hash", a[0], a[1]));
            window.sites().add(MiningSite.at("Ridge Compute", b[0], b[1]));
            window.sites().add(MiningSite.at("Distant Farm", c[0], c[1]));
            window.zones()
                    .add(new Zone(
                            window.zones().newId(),
                            "Exclusion 10 km",
                            Zone.Kind.CIRCLE,
                            null,
                            null,
                            new GeometryFactory().createPoint(new Coordinate(LON, LAT)),
                            List.of(Zone.Band.disc(10_000)),
                            false,
                            "#c0392b",
                            null));
            window.map().centerOn(LAT, LON);
            window.map().zoomBy(4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Map<Long, Finding> found = AnalysisWait.current(window.analysis());
            assertEquals(3, found.size(), "findings for the three sites");
            assertEquals(2, found.values().stream().filter(Finding::flagged).count());
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> !window.analysis().shapesProperty().get().isEmpty());
        } catch (Exception e) {
            throw new AssertionError("the analysis did not finish", e);
        }
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    private static int indexOf(BriefingDialog d, ElementKind k) {
        List<org.standoff.print.LayoutElement> es = d.viewModel().layout().elements();
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i).kind() == k) {
                return i;
            }
        }
        throw new AssertionError(k);
    }

    /** The whole dialog as a picture, for a person to look at. */
    private static void writeDialogSnapshot(FxRobot robot, BriefingDialog d) throws Exception {
        WritableImage shot =
                WaitForAsyncUtils.asyncFx(() -> d.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(
                SwingFXUtils.fromFXImage(shot, null),
                "png",
                Path.of(System.getProperty("java.io.tmpdir"), "standoff-briefing-dialog.png")
                        .toFile());
    }

    @Test
    void previewFollowsPaperChangesElementsDragAndUndoAndAPdfIsExported(FxRobot robot) throws Exception {
        project(robot);
        robot.clickOn("File").clickOn("#menu-print");
        WaitForAsyncUtils.waitForFxEvents();
        BriefingDialog dialog = robot.lookup("#briefing-dialog").queryAs(BriefingDialog.class);
        waitFor("the first preview", () -> dialog.previewCountProperty().get() >= 1);
        Image first = dialog.previewImage();
        assertTrue(first.getWidth() > first.getHeight(), "the default layout is Letter landscape");
        assertEquals(Math.round(792 * 96 / 72.0), Math.round(first.getWidth()));

        int before = dialog.previewCountProperty().get();
        robot.clickOn("#briefing-paper").clickOn("A4");
        robot.clickOn("#briefing-orientation").clickOn("Portrait");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Paper.A4, dialog.viewModel().layout().paper());
        assertEquals(Orientation.PORTRAIT, dialog.viewModel().layout().orientation());
        waitFor(
                "the A4 portrait preview",
                () -> dialog.previewCountProperty().get() > before
                        && Math.round(dialog.previewImage().getWidth()) == Math.round(595.28 * 96 / 72.0));
        Image a4 = dialog.previewImage();
        assertTrue(a4.getHeight() > a4.getWidth(), "portrait");
        ImageIO.write(SwingFXUtils.fromFXImage(a4, null), "png", PREVIEW_PNG.toFile());

        // Drag the legend by its outline on the preview, then undo with Ctrl+Z.
        int legend = indexOf(dialog, ElementKind.LEGEND);
        Rect legendBefore = dialog.viewModel().layout().elements().get(legend).bounds();
        PreviewPane pane = robot.lookup("#briefing-preview").queryAs(PreviewPane.class);
        Point2D from = pane.localToScreen(pane.centreOf(legend));
        robot.drag(from, MouseButton.PRIMARY).moveBy(-40, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Rect moved = dialog.viewModel().layout().elements().get(legend).bounds();
        assertTrue(
                moved.x() < legendBefore.x() && moved.y() > legendBefore.y(),
                "dragged left and down: " + legendBefore + " -> " + moved);
        assertEquals(legendBefore.width(), moved.width(), 1e-9, "a move keeps the size");
        writeDialogSnapshot(robot, dialog);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                legendBefore, dialog.viewModel().layout().elements().get(legend).bounds(), "Ctrl+Z undoes the move");

        robot.interact(() -> dialog.viewModel().titleProperty().set("Cheyenne screening briefing"));
        Path pdf = Files.createTempDirectory("standoff-briefing").resolve("briefing.pdf");
        Task<Path> export =
                WaitForAsyncUtils.asyncFx(() -> dialog.exportPdf(pdf)).get(10, TimeUnit.SECONDS);
        waitFor(
                "the PDF export",
                () -> WaitForAsyncUtils.asyncFx(export::isDone).get());
        Worker.State state = WaitForAsyncUtils.asyncFx(export::getState).get();
        assertEquals(Worker.State.SUCCEEDED, state, () -> "export failed: " + export.getException());
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(595.28, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Cheyenne screening briefing"), text);
            assertTrue(
                    text.contains("Prairie Hash") && text.contains("Ridge Compute"),
                    "the flagged sites are in the findings table: " + text);
        }
    }
}
