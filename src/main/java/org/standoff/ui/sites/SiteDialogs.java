package org.standoff.ui.sites;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.standoff.model.MiningSite;
import org.standoff.ui.base.UiExecutor;

/**
 * What the main window calls for mining sites: add (at a map position), edit, delete with
 * confirmation, import and export. Each change goes through the {@link SitesViewModel}, so it
 * is one undoable step. Knows nothing of the main window: give it the window to own the
 * dialogs. JavaFX thread only.
 */
public final class SiteDialogs {

    private final SitesViewModel sites;
    private final UiExecutor executor;
    private final SiteExport export;

    public SiteDialogs(SitesViewModel sites, UiExecutor executor) {
        this.sites = sites;
        this.executor = executor;
        this.export = new SiteExport(executor);
    }

    /** Shows the add form at a position (e.g. a map click) and adds the site on OK; returns the stored site. */
    public Optional<MiningSite> addAt(Window owner, double lon, double lat) {
        return SiteFormDialog.add(owner, lon, lat).map(sites::add);
    }

    /** Shows the edit form and stores the edit on OK (an unchanged site is not stored again). */
    public Optional<MiningSite> edit(Window owner, MiningSite site) {
        return SiteFormDialog.edit(owner, site)
                .filter(after -> !after.equals(site))
                .map(after -> sites.update(site, after, "Edit Site"));
    }

    /** Asks whether to delete the site and deletes it (undoably) if the user agrees; true if deleted. */
    public boolean confirmDelete(Window owner, MiningSite site) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.setTitle("Delete Site");
        a.setHeaderText(
                "Delete " + (site.name() == null ? "site #" + site.id() : "\u201c" + site.name() + "\u201d") + "?");
        a.setContentText("Edit \u2192 Undo brings it back.");
        if (owner != null) {
            a.initOwner(owner);
        }
        boolean yes = a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        if (yes) {
            sites.delete(site);
        }
        return yes;
    }

    /** Asks for a CSV, SQLite or GeoPackage file, then runs the import wizard on it. */
    public void importSites(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Mining Sites");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "CSV, SQLite and GeoPackage files",
                                "*.csv",
                                "*.txt",
                                "*.tsv",
                                "*.gpkg",
                                "*.sqlite",
                                "*.sqlite3",
                                "*.db"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            importSites(owner, f.toPath());
        }
    }

    /** Runs the import wizard on a file already chosen (e.g. dropped on the window); returns the sites added. */
    public Optional<List<MiningSite>> importSites(Window owner, Path file) {
        return new SiteImportWizard(owner, sites, executor, file).showAndWait();
    }

    /** Exports all the given sites (asks for the file and format). */
    public void export(Window owner, List<MiningSite> list) {
        export.export(owner, list, "Sites");
    }

    /** Exports only the selected sites (asks for the file and format). */
    public void exportSelected(Window owner, List<MiningSite> selection) {
        export.export(owner, selection, "Selected Sites");
    }
}
