package org.standoff.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.standoff.Version;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.map.BasemapService;
import org.standoff.ui.map.BasemapTileRetriever;
import org.standoff.ui.map.TileSource;

/**
 * The desktop application: sets up the offline basemap and shows the main window.
 *
 * <p>Startup never touches the network: the basemap is the bundled one unless the user has
 * turned the online basemap on in an earlier session. The time from JVM start to the first
 * basemap tile on screen is logged at INFO level.
 */
public final class StandoffApp extends Application {

    private static final System.Logger LOG = System.getLogger(StandoffApp.class.getName());

    /** Launches the JavaFX application; returns when the last window closes. */
    public static void launchApp(String[] args) {
        Application.launch(StandoffApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppSettings settings = AppSettings.load();
        MainWindow window = show(stage, settings, UiExecutor.background());
        List<String> args = getParameters().getRaw();
        stage.setOnCloseRequest(e -> {
            if (!window.project().confirmDiscard()) {
                e.consume();
            } else {
                window.project().shutdown();
                AppSettings.flushWrites();
            }
        });
        if (!args.isEmpty()) {
            window.project().openFile(Path.of(args.get(0)));
        } else {
            window.project().openAtStart();
        }
    }

    /** Builds the main window into the stage and shows it; used by the app and by UI tests. */
    public static MainWindow show(Stage stage, AppSettings settings, UiExecutor executor) {
        // SIS opens the embedded EPSG database on its first geodetic use (seconds): do it now, off the FX thread,
        // so the first cursor position or distance on the FX thread does not wait for it (and no derby.log is written)
        org.standoff.geo.crs.EpsgDatabase.warmUpInBackground();
        MainViewModel vm = new MainViewModel(settings);
        BasemapService basemap = BasemapService.start(
                settings.cacheDir(), vm.onlineBasemapProperty().get(), executor.pools());
        BasemapTileRetriever.install(timedFirstTile(basemap.source(), executor));
        vm.statusProperty().set("Loading basemap…");
        executor.whenDone(
                basemap.ready(),
                // only replaces its own "Loading basemap…": a message that came meanwhile (a zone that cannot be drawn)
                // stays
                b -> replaceLoading(vm, "Ready"),
                error -> replaceLoading(vm, "Basemap unavailable: " + error.getMessage()));

        MainWindow[] self = new MainWindow[1];
        MainWindow window = new MainWindow(
                vm,
                executor,
                () -> basemap.source().setOnline(vm.onlineBasemapProperty().get()),
                () -> {
                    if (self[0].project().confirmDiscard()) {
                        self[0].project().shutdown();
                        AppSettings.flushWrites();
                        stage.close();
                    }
                });
        self[0] = window;
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(StandoffApp.class.getResource("standoff.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(window.project().titleBinding("Standoff " + Version.get()));
        stage.show();
        return window;
    }

    /** Wraps the tile source to log when the first tile Gluon asked for is ready to paint. */
    private static TileSource timedFirstTile(TileSource source, UiExecutor executor) {
        AtomicBoolean logged = new AtomicBoolean();
        return (zoom, x, y) -> source.loadTile(zoom, x, y).whenComplete((img, err) -> {
            if (err == null && logged.compareAndSet(false, true)) {
                executor.onFxThread(() -> {
                    long ms = System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime();
                    LOG.log(System.Logger.Level.INFO, "first basemap tile ready {0} ms after JVM start", ms);
                });
            }
        });
    }

    private static void replaceLoading(MainViewModel vm, String text) {
        String now = vm.statusProperty().get();
        if (now == null || now.isBlank() || now.startsWith("Loading basemap")) {
            vm.statusProperty().set(text);
        }
    }
}
