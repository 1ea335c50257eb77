package org.standoff.ui.sites;

import java.util.Optional;
import javafx.stage.Window;
import org.standoff.model.MiningSite;

/** The full site form as the main window's {@link SiteEditor}: add and edit with validation, delete with confirmation. */
public final class FormSiteEditor implements SiteEditor {

    private final QuickSiteEditor confirm = new QuickSiteEditor();

    @Override
    public Optional<MiningSite> add(Window owner, double lon, double lat) {
        return SiteFormDialog.add(owner, lon, lat);
    }

    @Override
    public Optional<MiningSite> edit(Window owner, MiningSite site) {
        return SiteFormDialog.edit(owner, site);
    }

    @Override
    public boolean confirmDelete(Window owner, MiningSite site) {
        return confirm.confirmDelete(owner, site);
    }
}
