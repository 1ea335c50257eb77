package org.standoff.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.render.SiteStyle;
import org.standoff.render.SiteSymbols;

class SiteAndZoneLayersTest {

    @Test
    void hiddenLayersAndTheSiteStyleComeBackFromTheProjectSettings() {
        SiteAndZoneLayers saved = new SiteAndZoneLayers();
        saved.sitesVisibleProperty().set(false);
        saved.zonesVisibleProperty().set(false);
        saved.setScheme(SiteSymbols.Scheme.STATUS);
        saved.siteStyleProperty().set(saved.siteStyleProperty().get().withSizePx(12));

        SiteAndZoneLayers opened = new SiteAndZoneLayers();
        opened.restore(Map.copyOf(saved.toSettings()));
        assertFalse(opened.sitesVisibleProperty().get());
        assertFalse(opened.zonesVisibleProperty().get());
        assertEquals(
                new SiteStyle(SiteSymbols.Scheme.STATUS, 12),
                opened.siteStyleProperty().get());
        assertNull(opened.drawnSiteStyle(), "hidden sites are not drawn");
        opened.sitesVisibleProperty().set(true);
        assertEquals(opened.siteStyleProperty().get(), opened.drawnSiteStyle());
    }

    @Test
    void aProjectWithoutTheSettingsOrWithForeignValuesShowsEverythingInTheDefaultStyle() {
        SiteAndZoneLayers l = new SiteAndZoneLayers();
        l.sitesVisibleProperty().set(false);
        l.setScheme(SiteSymbols.Scheme.CONTROL);
        l.restore(Map.of());
        assertTrue(l.sitesVisibleProperty().get());
        assertTrue(l.zonesVisibleProperty().get());
        assertEquals(SiteStyle.DEFAULT, l.siteStyleProperty().get());

        l.restore(Map.of(SiteAndZoneLayers.SITES_SCHEME, "RAINBOW", SiteAndZoneLayers.SITES_SIZE, "huge"));
        assertEquals(SiteStyle.DEFAULT, l.siteStyleProperty().get());
        l.restore(Map.of(SiteAndZoneLayers.SITES_SIZE, "400"));
        assertEquals(SiteStyle.DEFAULT, l.siteStyleProperty().get(), "a size out of range is not taken");
    }
}
