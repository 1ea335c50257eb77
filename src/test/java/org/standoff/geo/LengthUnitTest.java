package org.standoff.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LengthUnitTest {

    @Test
    void unitSizesAreTheInternationalDefinitions() {
        assertEquals(1.0, LengthUnit.METRE.metres());
        assertEquals(1000.0, LengthUnit.KILOMETRE.metres());
        assertEquals(1609.344, LengthUnit.MILE.metres());
        assertEquals(1852.0, LengthUnit.NAUTICAL_MILE.metres());
    }

    @Test
    void convertsBothWays() {
        assertEquals(1.0, LengthUnit.MILE.fromMetres(1609.344), 1e-15);
        assertEquals(3704.0, LengthUnit.NAUTICAL_MILE.toMetres(2));
        assertEquals(2.5, LengthUnit.KILOMETRE.fromMetres(2500));
    }

    @Test
    void hasSymbolsAndLabels() {
        assertEquals("nmi", LengthUnit.NAUTICAL_MILE.symbol());
        assertEquals("mi", LengthUnit.MILE.symbol());
        assertEquals("nautical miles", LengthUnit.NAUTICAL_MILE.label());
        assertEquals("metres", LengthUnit.METRE.label());
    }
}
