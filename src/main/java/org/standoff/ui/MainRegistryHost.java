package org.standoff.ui;

import java.nio.file.Path;
import org.standoff.model.MiningSite;
import org.standoff.ui.registry.RegistryController;

/** The main window as the Registry menu sees it: the project's file, its unsaved state, reopening, the selected site. */
final class MainRegistryHost implements RegistryController.Host {

    private final MainWindow w;

    MainRegistryHost(MainWindow w) {
        this.w = w;
    }

    @Override
    public Path projectFile() {
        return w.project().fileProperty().get();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return w.project().dirtyProperty().get();
    }

    @Override
    public void reload(Path file, Runnable then) {
        w.project().openFile(file, then);
    }

    @Override
    public void linked(Path file, String writeId) {
        w.project().adoptWrite(file, writeId);
    }

    @Override
    public MiningSite selectedSite() {
        return w.sites().selectedProperty().get();
    }

    @Override
    public javafx.stage.Window window() {
        return w.getScene() == null ? null : w.getScene().getWindow();
    }

    @Override
    public void status(String message) {
        w.viewModel().statusProperty().set(message);
    }
}
