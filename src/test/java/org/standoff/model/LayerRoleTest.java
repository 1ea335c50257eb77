package org.standoff.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerRoleTest {

    @Test
    void guessesInstallationsFromTheFileName() {
        assertEquals(
                LayerRole.INSTALLATIONS, LayerRole.guess("MIRTA_Military_Installations", List.of("SITE_NAME"), false));
        assertEquals(LayerRole.INSTALLATIONS, LayerRole.guess("dod_sites_boundaries", List.of(), false));
    }

    @Test
    void guessesSubstationsFromTheFileNameOrAVoltageField() {
        assertEquals(LayerRole.SUBSTATIONS, LayerRole.guess("Electric_Substations", List.of("NAME"), true));
        assertEquals(LayerRole.SUBSTATIONS, LayerRole.guess("hifld_export", List.of("ID", "MAX_VOLT"), true));
    }

    @Test
    void fallsBackToOther() {
        assertEquals(LayerRole.OTHER, LayerRole.guess("counties", List.of("NAME", "FIPS"), false));
    }
}
