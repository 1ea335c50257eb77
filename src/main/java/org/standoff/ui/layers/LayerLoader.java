package org.standoff.ui.layers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.standoff.geo.crs.CrsException;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.io.shapefile.ShapefileException;
import org.standoff.io.shapefile.ShapefileLayers;
import org.standoff.io.shapefile.ShapefileReadOptions;
import org.standoff.model.ProjectLayer;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.base.UiExecutor;

/**
 * Loads shapefiles chosen by the user (menu or drag and drop) in background tasks with
 * progress and cancel, and adds each as an undoable new layer. A file whose coordinate
 * system is unknown prompts for its {@code .prj}; any other failure is shown in plain words
 * and nothing already loaded is touched.
 */
public final class LayerLoader {

    private final LayersViewModel layers;
    private final UiExecutor executor;
    private final ObjectProperty<Task<?>> runningTask;
    private final Consumer<ProjectLayer> onLoaded;
    private Window owner;

    /**
     * @param runningTask where the status bar finds the task to show progress and cancel for
     * @param onLoaded    called after a layer is added (the window zooms to it)
     */
    public LayerLoader(
            LayersViewModel layers,
            UiExecutor executor,
            ObjectProperty<Task<?>> runningTask,
            Consumer<ProjectLayer> onLoaded) {
        this.layers = layers;
        this.executor = executor;
        this.runningTask = runningTask;
        this.onLoaded = onLoaded;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Asks for shapefiles and loads them. */
    public void chooseAndLoad() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add Layer");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Shapefiles (*.shp)", "*.shp", "*.SHP"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            files.forEach(f -> load(f.toPath(), ShapefileReadOptions.defaults()));
        }
    }

    /** True for paths this loader can open, for drag and drop. */
    public static boolean accepts(Path p) {
        return p.getFileName() != null
                && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".shp");
    }

    /** Loads one shapefile in the background. */
    public void load(Path shp, ShapefileReadOptions options) {
        assert Platform.isFxApplicationThread();
        ReadTask task = new ReadTask(shp, options);
        task.setOnSucceeded(e -> {
            finished(task);
            ShapefileLayers.Loaded loaded = task.getValue();
            ProjectLayer layer = layers.newLayer(loaded.layer());
            layers.add(layer);
            onLoaded.accept(layer);
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable error = task.getException();
            if (error instanceof ShapefileException se && se.isMissingCrs()) {
                askForPrj(shp, se, options);
            } else {
                ErrorDialog.show(owner, "Cannot add " + shp.getFileName(), error);
            }
        });
        task.setOnCancelled(e -> finished(task));
        runningTask.set(task);
        executor.submit(task);
    }

    /**
     * Reloads a layer from the shapefile it was imported from, if that file is reachable and has
     * changed (same checksum means nothing to do); the new data replaces the old undoably, keeping
     * the layer's role, style and place.
     */
    public void reload(ProjectLayer layer) {
        assert Platform.isFxApplicationThread();
        if (layer.data().source().isEmpty()
                || !accepts(Path.of(layer.data().source().get().path()))) {
            ErrorDialog.show(
                    owner,
                    "Cannot reload " + layer.name(),
                    new IllegalStateException("this layer was not loaded from a shapefile"));
            return;
        }
        org.standoff.model.LayerSource src = layer.data().source().get();
        Path shp = Path.of(src.path());
        Task<ShapefileLayers.Loaded> task = new Task<>() {
            @Override
            protected ShapefileLayers.Loaded call() throws ShapefileException {
                org.standoff.io.shapefile.LayerSources.Status st = org.standoff.io.shapefile.LayerSources.check(src);
                if (st == org.standoff.io.shapefile.LayerSources.Status.MISSING) {
                    throw new ShapefileException(shp + ": the source file is not reachable from this machine");
                }
                if (st == org.standoff.io.shapefile.LayerSources.Status.UNCHANGED) {
                    return null;
                }
                updateMessage("Reloading " + shp.getFileName() + "…");
                return ShapefileLayers.load(
                        shp, ShapefileReadOptions.defaults(), org.standoff.io.shapefile.ProgressListener.NONE);
            }
        };
        task.setOnSucceeded(e -> {
            finished(task);
            if (task.getValue() == null) {
                onLoaded.accept(null);
                return;
            }
            ProjectLayer now = layers.byId(layer.id()).orElse(layer);
            layers.change(
                    now,
                    new ProjectLayer(now.id(), task.getValue().layer(), now.role(), now.style(), now.visible()),
                    "Reload " + now.name());
        });
        task.setOnFailed(e -> {
            finished(task);
            ErrorDialog.show(owner, "Cannot reload " + layer.name(), task.getException());
        });
        runningTask.set(task);
        executor.submit(task);
    }

    /** Reads one shapefile, reporting progress and honouring cancel. */
    static final class ReadTask extends Task<ShapefileLayers.Loaded>
            implements org.standoff.io.shapefile.ProgressListener {
        private final Path shp;
        private final ShapefileReadOptions options;

        ReadTask(Path shp, ShapefileReadOptions options) {
            this.shp = shp;
            this.options = options;
            updateTitle("Add layer");
        }

        @Override
        protected ShapefileLayers.Loaded call() throws ShapefileException {
            updateMessage("Reading " + shp.getFileName() + "…");
            updateProgress(0, 1);
            return ShapefileLayers.load(shp, options, this);
        }

        @Override
        public void progress(double fraction) {
            updateProgress(fraction, 1);
        }
    }

    private void finished(Task<?> task) {
        if (runningTask.get() == task) {
            runningTask.set(null);
        }
    }

    private void askForPrj(Path shp, ShapefileException problem, ShapefileReadOptions options) {
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                problem.getMessage() + "\n\nChoose a .prj file that describes its coordinate system?",
                ButtonType.OK,
                ButtonType.CANCEL);
        ask.setTitle("Unknown coordinate system");
        ask.setHeaderText("Which coordinate system is " + shp.getFileName() + " in?");
        if (owner != null) {
            ask.initOwner(owner);
        }
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Coordinate system (.prj) for " + shp.getFileName());
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Projection files (*.prj)", "*.prj", "*.PRJ"));
        java.io.File prj = chooser.showOpenDialog(owner);
        if (prj != null) {
            loadWithPrj(shp, prj.toPath(), options);
        }
    }

    /**
     * Reads and parses the chosen .prj in the background (a file, and possibly the EPSG
     * database: never on the JavaFX thread), then loads the shapefile with it.
     */
    void loadWithPrj(Path shp, Path prj, ShapefileReadOptions options) {
        assert Platform.isFxApplicationThread();
        Task<PrjCrs> read = new Task<>() {
            @Override
            protected PrjCrs call() throws IOException, CrsException {
                updateMessage("Reading " + prj.getFileName() + "…");
                return PrjCrs.parse(Files.readString(prj, StandardCharsets.ISO_8859_1));
            }
        };
        read.setOnSucceeded(e -> load(shp, options.withCrs(read.getValue())));
        read.setOnFailed(e -> ErrorDialog.show(owner, "Cannot use " + prj.getFileName(), read.getException()));
        executor.submit(read);
    }
}
