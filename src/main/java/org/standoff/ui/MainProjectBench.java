package org.standoff.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.standoff.io.csv.RulePresets;
import org.standoff.model.Project;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.project.ProjectController;

/**
 * How the main window exchanges state with its project file: an immutable snapshot of layers,
 * sites, zones, rules, view and project settings to save, and showing a project that was opened.
 */
final class MainProjectBench implements ProjectController.Workbench {

    private final MainWindow w;

    MainProjectBench(MainWindow w) {
        this.w = w;
    }

    @Override
    public javafx.stage.Window window() {
        return w.window();
    }

    @Override
    public Project snapshot(String name) {
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put(AppSettings.UNIT, w.viewModel().unitProperty().get().name());
        settings.putAll(w.briefingLayouts().toSettings());
        settings.putAll(w.findingsTable().state());
        settings.putAll(w.siteZoneLayers().toSettings());
        return new Project(
                name,
                List.copyOf(w.layers().layers()),
                List.copyOf(w.sites().sites()),
                List.copyOf(w.zones().zones()),
                List.copyOf(w.zones().ruleSets()),
                new Project.MapViewState(
                        w.map().centerLatProperty().get(),
                        w.map().centerLonProperty().get(),
                        w.map().zoomProperty().get()),
                settings);
    }

    @Override
    public void show(Project p) {
        w.layers().load(p.layers());
        w.sites().load(p.sites());
        w.zones().load(p.zones(), p.ruleSets().isEmpty() ? RulePresets.load() : p.ruleSets());
        w.briefingLayouts().load(p.settings());
        w.briefingLayouts().setProjectTitle(p.name());
        w.findingsTable().restore(p.settings());
        w.siteZoneLayers().restore(p.settings());
        String unit = p.settings().get(AppSettings.UNIT);
        if (unit != null) {
            for (org.standoff.geo.LengthUnit u : org.standoff.geo.LengthUnit.values()) {
                if (u.name().equals(unit)) {
                    w.viewModel().unitProperty().set(u);
                }
            }
        }
        w.map().setViewOf(p.view().centerLat(), p.view().centerLon(), p.view().zoom());
        w.analysis().run();
    }

    @Override
    public void importForeignLayers(Path gpkg) {
        javafx.concurrent.Task<List<org.standoff.model.Layer>> task = new javafx.concurrent.Task<>() {
            @Override
            protected List<org.standoff.model.Layer> call() throws org.standoff.io.store.StoreException {
                org.standoff.io.store.GeoPackageReader reader = new org.standoff.io.store.GeoPackageReader(gpkg);
                List<org.standoff.model.Layer> out = new java.util.ArrayList<>();
                for (String t : reader.featureTables()) {
                    out.add(reader.readLayer(t));
                }
                return out;
            }
        };
        task.setOnSucceeded(e ->
                task.getValue().forEach(l -> w.layers().add(w.layers().newLayer(l))));
        task.setOnFailed(e ->
                ErrorDialog.show(w.window(), "Cannot import layers from " + gpkg.getFileName(), task.getException()));
        w.executor().submit(task);
    }

    @Override
    public void status(String message) {
        w.viewModel().statusProperty().set(message);
    }
}
