package org.standoff.ui.sites;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.standoff.model.MiningSite;

/**
 * The simplest site editor: asks only for a name, at the clicked location. Used until the full
 * site form is installed with {@code MainWindow.setSiteEditor}.
 */
public final class QuickSiteEditor implements SiteEditor {

    @Override
    public Optional<MiningSite> add(Window owner, double lon, double lat) {
        if (Double.isNaN(lon) || Double.isNaN(lat)) {
            return Optional.empty();
        }
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner);
        d.setTitle("Add Site");
        d.setHeaderText(String.format(java.util.Locale.ROOT, "New site at %.5f, %.5f", lat, lon));
        d.setContentText("Name:");
        return d.showAndWait().map(name -> MiningSite.at(name, lon, lat));
    }

    @Override
    public Optional<MiningSite> edit(Window owner, MiningSite site) {
        TextInputDialog d = new TextInputDialog(site.name());
        d.initOwner(owner);
        d.setTitle("Edit Site");
        d.setContentText("Name:");
        return d.showAndWait().map(site::withName);
    }

    @Override
    public boolean confirmDelete(Window owner, MiningSite site) {
        Alert a = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Delete " + (site.name() == null ? "this site" : site.name()) + "? You can undo this.",
                ButtonType.OK,
                ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText("Delete site");
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
