package org.standoff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.standoff.geo.LengthUnit;

class ScaleBarTest {

    @Test
    void choosesTheLongestRoundLengthThatFits() {
        // 1000 m/px and 120 px: at most 120 km, so 100 km.
        ScaleBar bar = ScaleBar.fit(1000, 120, LengthUnit.KILOMETRE);
        assertEquals(100, bar.length(), 1e-9);
        assertEquals(100, bar.pixels(), 1e-9);
        assertEquals("100 km", bar.label());
    }

    @Test
    void usesTwoAndFiveSteps() {
        assertEquals(50, ScaleBar.fit(1000, 60, LengthUnit.KILOMETRE).length(), 1e-9);
        assertEquals(20, ScaleBar.fit(1000, 30, LengthUnit.KILOMETRE).length(), 1e-9);
    }

    @Test
    void convertsToMilesExactly() {
        // 120 px at 1609.344 m/px is exactly 120 miles: the bar is 100 mi over 100 px.
        ScaleBar bar = ScaleBar.fit(1609.344, 120, LengthUnit.MILE);
        assertEquals("100 mi", bar.label());
        assertEquals(100, bar.pixels(), 1e-9);
    }

    @Test
    void labelsFractionsWithoutTrailingZeros() {
        ScaleBar bar = ScaleBar.fit(2, 120, LengthUnit.KILOMETRE);
        assertEquals(0.2, bar.length(), 1e-12);
        assertEquals("0.2 km", bar.label());
        assertTrue(bar.pixels() <= 120);
    }

    @Test
    void rejectsNonPositiveScales() {
        assertThrows(IllegalArgumentException.class, () -> ScaleBar.fit(0, 120, LengthUnit.MILE));
        assertThrows(IllegalArgumentException.class, () -> ScaleBar.fit(Double.NaN, 120, LengthUnit.MILE));
    }
}
