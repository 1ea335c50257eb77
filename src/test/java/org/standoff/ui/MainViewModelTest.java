package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.geo.CoordinateStyle;
import org.standoff.geo.LengthUnit;
import org.standoff.ui.base.AppSettings;

/** The view model works without a JavaFX toolkit. */
class MainViewModelTest {

    @TempDir
    Path home;

    /** Settings are written by a background thread: let it finish before JUnit deletes the folder it writes to. */
    @org.junit.jupiter.api.AfterEach
    void writesDone() {
        AppSettings.flushWrites();
    }

    @Test
    void defaultsToOfflineBasemapMilesAndDecimalDegrees() {
        MainViewModel vm = new MainViewModel(AppSettings.load(home));
        assertFalse(vm.onlineBasemapProperty().get());
        assertEquals(LengthUnit.MILE, vm.unitProperty().get());
        assertEquals(CoordinateStyle.DECIMAL, vm.coordinateStyleProperty().get());
    }

    @Test
    void remembersChoicesAcrossSessions() {
        MainViewModel first = new MainViewModel(AppSettings.load(home));
        first.onlineBasemapProperty().set(true);
        first.unitProperty().set(LengthUnit.NAUTICAL_MILE);
        first.toggleCoordinateStyle();
        MainViewModel second = new MainViewModel(AppSettings.load(home));
        assertTrue(second.onlineBasemapProperty().get());
        assertEquals(LengthUnit.NAUTICAL_MILE, second.unitProperty().get());
        assertEquals(CoordinateStyle.DMS, second.coordinateStyleProperty().get());
    }

    @Test
    void formatsTheCursorInTheChosenStyleAndAsMgrs() {
        MainViewModel vm = new MainViewModel(AppSettings.load(home));
        assertEquals("", vm.cursorTextProperty().get());
        vm.cursorLatProperty().set(41.133);
        vm.cursorLonProperty().set(-104.867);
        assertTrue(
                vm.cursorTextProperty().get().startsWith("41.133000° N"),
                vm.cursorTextProperty().get());
        assertTrue(
                vm.mgrsTextProperty().get().startsWith("MGRS 13T"),
                vm.mgrsTextProperty().get());
        vm.toggleCoordinateStyle();
        assertTrue(
                vm.cursorTextProperty().get().startsWith("41°07'58.80\" N"),
                vm.cursorTextProperty().get());
        vm.cursorLatProperty().set(Double.NaN);
        assertEquals("", vm.mgrsTextProperty().get());
    }

    @Test
    void scaleBarFollowsTheScaleAndTheUnit() {
        MainViewModel vm = new MainViewModel(AppSettings.load(home));
        assertNull(vm.scaleBarProperty().get());
        vm.metresPerPixelProperty().set(1000);
        assertEquals("50 mi", vm.scaleBarProperty().get().label());
        vm.unitProperty().set(LengthUnit.KILOMETRE);
        assertEquals("100 km", vm.scaleBarProperty().get().label());
    }

    @Test
    void ignoresADamagedSettingsFile() throws Exception {
        java.nio.file.Files.writeString(
                home.resolve("settings.properties"), "display.unit=FURLONG\nbasemap.online=\\u12");
        MainViewModel vm = new MainViewModel(AppSettings.load(home));
        assertEquals(LengthUnit.MILE, vm.unitProperty().get());
        assertFalse(vm.onlineBasemapProperty().get());
    }
}
