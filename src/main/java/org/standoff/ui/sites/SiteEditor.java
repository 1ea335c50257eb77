package org.standoff.ui.sites;

import java.util.Optional;
import javafx.stage.Window;
import org.standoff.model.MiningSite;

/** What the main window asks of the site dialogs: add, edit and confirm deletion. */
public interface SiteEditor {

    /** Asks for a new site, its location prefilled (NaN for none); empty if cancelled. */
    Optional<MiningSite> add(Window owner, double lon, double lat);

    /** Asks for changes to a site; empty if cancelled. */
    Optional<MiningSite> edit(Window owner, MiningSite site);

    /** Asks whether to delete a site. */
    boolean confirmDelete(Window owner, MiningSite site);
}
