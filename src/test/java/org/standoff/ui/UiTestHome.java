package org.standoff.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.standoff.ui.base.AppSettings;

/**
 * A fresh Standoff home folder for a UI test, outside JUnit's {@code @TempDir}: basemap tiles
 * are still being written to its cache by background threads when a test ends, and JUnit
 * would fail the test trying to delete a folder that is still in use. The OS temp folder is
 * cleaned by the machine.
 */
final class UiTestHome {

    private UiTestHome() {}

    static AppSettings fresh() {
        try {
            return AppSettings.load(Files.createTempDirectory("standoff-ui-test-home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir() {
        return fresh().home();
    }
}
