package org.standoff.ui.layers;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.standoff.render.SiteStyle;
import org.standoff.render.SiteSymbols;

/**
 * The mining sites and the zones as layers of the map: whether each is shown and how sites are
 * drawn, kept with the project under {@code map.*} settings ({@link #toSettings()},
 * {@link #restore}). Sites are always drawn above the zones and the zones above the data layers;
 * this model does not reorder them. Changes are not undoable (like a data layer's visibility).
 * Testable without starting JavaFX. JavaFX thread only.
 */
public final class SiteAndZoneLayers {

    public static final String SITES_VISIBLE = "map.sites.visible";
    public static final String SITES_SCHEME = "map.sites.scheme";
    public static final String SITES_SIZE = "map.sites.size_px";
    public static final String ZONES_VISIBLE = "map.zones.visible";

    private final BooleanProperty sitesVisible = new SimpleBooleanProperty(true);
    private final BooleanProperty zonesVisible = new SimpleBooleanProperty(true);
    private final ObjectProperty<SiteStyle> siteStyle = new SimpleObjectProperty<>(SiteStyle.DEFAULT);

    public BooleanProperty sitesVisibleProperty() {
        return sitesVisible;
    }

    public BooleanProperty zonesVisibleProperty() {
        return zonesVisible;
    }

    /** How sites are drawn while shown; never null. */
    public ObjectProperty<SiteStyle> siteStyleProperty() {
        return siteStyle;
    }

    /** The style to draw sites with, or null while they are hidden. */
    public SiteStyle drawnSiteStyle() {
        return sitesVisible.get() ? siteStyle.get() : null;
    }

    public void setScheme(SiteSymbols.Scheme scheme) {
        siteStyle.set(siteStyle.get().withScheme(scheme));
    }

    /** The settings to save with the project. */
    public Map<String, String> toSettings() {
        Map<String, String> out = new HashMap<>();
        out.put(SITES_VISIBLE, Boolean.toString(sitesVisible.get()));
        out.put(ZONES_VISIBLE, Boolean.toString(zonesVisible.get()));
        out.put(SITES_SCHEME, siteStyle.get().scheme().name());
        out.put(SITES_SIZE, Double.toString(siteStyle.get().sizePx()));
        return out;
    }

    /**
     * Takes the state from a project's settings; a missing or unreadable value falls back to its
     * default (projects saved before these settings existed show everything, as they did).
     */
    public void restore(Map<String, String> settings) {
        sitesVisible.set(!"false".equals(settings.get(SITES_VISIBLE)));
        zonesVisible.set(!"false".equals(settings.get(ZONES_VISIBLE)));
        double size = SiteStyle.DEFAULT.sizePx();
        String stored = settings.get(SITES_SIZE);
        if (stored != null) {
            try {
                double px = Double.parseDouble(stored);
                if (px >= SiteStyle.MIN_SIZE_PX && px <= SiteStyle.MAX_SIZE_PX) {
                    size = px;
                }
            } catch (NumberFormatException e) {
                // another program's value: keep the default, as for any unreadable setting
            }
        }
        siteStyle.set(new SiteStyle(SiteSymbols.Scheme.named(settings.get(SITES_SCHEME)), size));
    }
}
