package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.map.BasemapTileRetriever;
import org.standoff.ui.map.SwitchableTileSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Offline is the default: with the online basemap off, using the map makes no network request.
 * Every HTTP(S) connection in Java asks the default {@link ProxySelector} first, so a recording
 * selector that refuses all requests sees any attempt; a positive control proves it would.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineByDefaultUiTest {

    /** Records every URI Java tries to reach and refuses it. */
    static final class RecordingProxySelector extends ProxySelector {
        final List<URI> attempts = new CopyOnWriteArrayList<>();

        @Override
        public List<Proxy> select(URI uri) {
            attempts.add(uri);
            throw new IllegalStateException("network access refused by test: " + uri);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
    }

    private static final RecordingProxySelector GUARD = new RecordingProxySelector();
    private static ProxySelector previous;
    private MainWindow window;

    @BeforeAll
    static void guardNetwork() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(GUARD);
    }

    @AfterAll
    static void restore() {
        ProxySelector.setDefault(previous);
    }

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
    }

    @Test
    void gluonMapsUsesStandoffsRetrieverNotItsOnlineDefault() {
        assertInstanceOf(
                BasemapTileRetriever.class, TileRetrieverProvider.getInstance().load());
    }

    @Test
    void usingTheMapWithTheOnlineBasemapOffMakesNoNetworkRequest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> "Ready"
                        .equals(robot.lookup("#status-message")
                                .queryAs(Label.class)
                                .getText()));
        robot.clickOn("#map");
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.ADD);
        }
        robot.drag("#map").moveBy(-250, 100).drop();
        robot.type(KeyCode.SUBTRACT);
        // Let every tile those moves asked for arrive.
        CompletableFuture<?> tile = BasemapTileRetriever.installed().loadTile(6, 14, 24);
        tile.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), GUARD.attempts, "no network request while offline");
    }

    @Test
    void theGuardSeesARequestWhenTheOnlineBasemapIsOn() throws Exception {
        int before = GUARD.attempts.size();
        SwitchableTileSource online = new SwitchableTileSource(
                (z, x, y) -> CompletableFuture.failedFuture(new AssertionError("offline used")), true);
        online.loadTile(3, 1, 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> GUARD.attempts.size() > before);
        assertTrue(GUARD.attempts.get(before).getHost().contains("openstreetmap"), GUARD.attempts.toString());
        GUARD.attempts.clear();
    }
}
