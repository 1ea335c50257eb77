package org.standoff.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.MiningSite;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.command.UndoManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing a table of an SQLite file with one MGRS location column, and exporting sites in the background. */
@ExtendWith(ApplicationExtension.class)
class SiteTableImportAndExportUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private UndoManager undo;
    private SitesViewModel sites;

    @Start
    void start(Stage s) {
        stage = s;
        undo = new UndoManager();
        sites = new SitesViewModel(undo, Clock.systemUTC());
        s.setScene(new Scene(new StackPane(), 300, 200));
        s.show();
    }

    @Test
    void importsATableWhoseLocationIsMgrs(FxRobot robot) throws Exception {
        Path db = dir.resolve("leads.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE aaa_empty (x TEXT)");
            st.execute("CREATE TABLE leads (facility TEXT, mgrs TEXT, operator TEXT)");
            st.execute(
                    "INSERT INTO leads VALUES ('Mall Site', '18S UJ 23481 06484', 'Acme'), ('Second', '14R PU 12345 67890', NULL)");
        }
        AtomicReference<SiteImportWizard> wizard = new AtomicReference<>();
        robot.interact(() -> {
            wizard.set(new SiteImportWizard(stage, sites, UiExecutor.background(), db));
            wizard.get().show();
        });
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> wizard.get().model().tables().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        // The first table is read at once; choosing another reads that one.
        ListView<?> tables = robot.lookup("#import-tables").queryListView();
        robot.interact(() -> tables.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> wizard.get().model().sourceProperty().get() != null
                        && wizard.get().model().sourceProperty().get().name().equals("leads"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wizard.get().model().mappingProperty().get().hasLocation(), "mgrs is auto-mapped as the location");
        robot.clickOn("#import-next");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> wizard.get().model().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#import-import");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, sites.sites().size());
        MiningSite mall = sites.sites().get(0);
        assertEquals("Mall Site", mall.name());
        assertEquals("Acme", mall.operator());
        assertEquals(38.88951, mall.lat(), 2e-5);
        assertEquals(-77.03526, mall.lon(), 2e-5);
        assertEquals("Import 2 sites from leads", undo.undoNameProperty().get());
    }

    @Test
    void exportsCsvAndGeoJsonInTheBackground(FxRobot robot) throws Exception {
        robot.interact(() -> {
            sites.add(MiningSite.at("One", -97.1, 30.6));
            sites.add(MiningSite.at("Two", -98.2, 31.7));
        });
        SiteExport export = new SiteExport(UiExecutor.background());
        Path csv = dir.resolve("out.csv");
        Path json = dir.resolve("out.geojson");
        AtomicReference<Path> done = new AtomicReference<>();
        robot.interact(
                () -> export.exportTo(List.of(sites.sites().get(1)), csv, SiteExport.Format.of(csv), done::set, e -> {
                    throw new AssertionError(e);
                }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> csv.equals(done.get()));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id,name,"), text);
        assertTrue(text.contains("Two") && !text.contains("One"), "only the sites given (the selection) are written");

        robot.interact(() -> export.exportTo(sites.sites(), json, SiteExport.Format.of(json), done::set, e -> {
            throw new AssertionError(e);
        }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> json.equals(done.get()));
        String geojson = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(
                geojson.contains("FeatureCollection") && geojson.contains("One") && geojson.contains("Two"), geojson);

        AtomicReference<Throwable> failed = new AtomicReference<>();
        Path nowhere = dir.resolve("missing-dir").resolve("x.csv");
        robot.interact(() -> export.exportTo(sites.sites(), nowhere, SiteExport.Format.CSV, p -> {}, failed::set));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> failed.get() != null);
        assertTrue(failed.get().getMessage().contains("x.csv"), failed.get().getMessage());
    }
}
