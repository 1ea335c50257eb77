package org.standoff.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.command.UndoManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing a small CSV through the wizard: mapping, the dry-run report, one undoable import, and a broken file. */
@ExtendWith(ApplicationExtension.class)
class SiteImportWizardUiTest {

    private static final String CSV = String.join(
            "\n",
            "id,name,status,latitude,longitude,capacity_mw",
            "1,Alpha Mine,operating,30.60,-97.10,50",
            "2,No Coords,planned,,,10",
            "3,Odd Status,mothballed,31.00,-98.00,20",
            "4,Existing Farm,operating,32.0000,-99.0000,",
            "");

    @TempDir
    Path dir;

    private Stage stage;
    private UndoManager undo;
    private SitesViewModel sites;
    private SiteImportWizard wizard;

    @Start
    void start(Stage s) {
        stage = s;
        undo = new UndoManager();
        sites = new SitesViewModel(undo, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        sites.add(MiningSite.at("Existing Farm", -99.00002, 32.0)); // id 1, like the CSV's first row
        s.setScene(new Scene(new StackPane(), 300, 200));
        s.show();
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> {
            wizard = new SiteImportWizard(stage, sites, UiExecutor.background(), file);
            wizard.show();
        });
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importsTheGoodRowsInOneUndoableStepAndReportsTheRest(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sites.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        open(robot, csv);
        waitFor(() -> wizard.model().sourceProperty().get() != null);
        assertTrue(
                robot.lookup("#import-detected").queryAs(Label.class).getText().contains("comma"));

        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        Node idWarning = robot.lookup("#import-id-warning").query();
        assertTrue(idWarning.isVisible(), "the id column is auto-mapped and warned about");
        robot.clickOn("#import-unmap-id");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(idWarning.isVisible());
        assertFalse(wizard.model().idMapped());

        robot.clickOn("#import-next");
        waitFor(() -> wizard.model().planProperty().get() != null);
        assertEquals(
                "4 lines read: 2 sites to add (1 to review), 1 rejected, 1 duplicate skipped.",
                robot.lookup("#import-summary").queryAs(Label.class).getText());
        ImportReport report = ImportReport.of(wizard.model().planProperty().get());
        ImportReport.Entry rejected = report.entries(ImportReport.Kind.REJECTED).get(0);
        assertEquals(3, rejected.line(), "No Coords is on line 3 (the header is line 1)");
        ImportReport.Entry review = report.entries(ImportReport.Kind.REVIEW).get(0);
        assertEquals(4, review.line());
        assertTrue(review.detail().contains("mothballed"), review.detail());
        ImportReport.Entry duplicate =
                report.entries(ImportReport.Kind.DUPLICATE).get(0);
        assertEquals(5, duplicate.line());
        assertTrue(duplicate.detail().contains("existing site #1 \u201cExisting Farm\u201d"), duplicate.detail());
        assertEquals(
                3, robot.lookup("#import-report").queryTableView().getItems().size());

        Path saved = dir.resolve("report.csv");
        robot.interact(() -> wizard.saveReport(report, saved));
        waitFor(() ->
                robot.lookup("#import-status").queryAs(Label.class).getText().startsWith("Report saved"));
        String text = Files.readString(saved, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("kind,line,site,detail\r\nrejected,3,,"), text);

        robot.clickOn("#import-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wizard.isShowing());
        assertEquals(
                List.of("Existing Farm", "Alpha Mine", "Odd Status"),
                sites.sites().stream().map(MiningSite::name).toList());
        assertEquals(Parsed.unrecognised("mothballed"), sites.sites().get(2).status());
        assertEquals("Import 2 sites from sites.csv", undo.undoNameProperty().get());
        assertEquals(2, wizard.getResult().size());

        robot.interact(undo::undo);
        assertEquals(
                List.of("Existing Farm"),
                sites.sites().stream().map(MiningSite::name).toList(),
                "one undo removes the whole import");
    }

    @Test
    void anUnreadableFileIsReportedWithItsLineAndNothingIsImported(FxRobot robot) throws Exception {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "name,latitude,longitude\nGood,30,-97\n\"Unclosed,31,-98\n", StandardCharsets.UTF_8);
        open(robot, csv);
        waitFor(() -> errorPane(robot).isPresent());
        String message = errorPane(robot).get().getContentText();
        assertTrue(message.contains("broken.csv") && message.contains("line 3"), message);
        assertTrue(
                robot.lookup("#import-next").queryButton().isDisabled(),
                "nothing was read, so there is nothing to go on with");
        assertEquals(1, sites.sites().size());
        robot.interact(() -> {
            ((Stage) errorPane(robot).get().getScene().getWindow()).close();
            wizard.close();
        });
    }

    private static Optional<DialogPane> errorPane(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains("broken.csv"))
                .findFirst();
    }
}
