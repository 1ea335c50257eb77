package org.standoff.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.standoff.analysis.locate.Gazetteer;
import org.standoff.analysis.locate.Locator;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.map.MapPane;

/**
 * The map's "Go to" box (Ctrl+G): coordinates in any form the app reads, or the name of a site,
 * zone or feature, or of a place, US county or state from the offline gazetteer; suggestions appear as the user types (searched off the FX thread, the latest
 * text only), Enter goes to the first, a click to the one chosen. A point is shown at street
 * zoom, a feature or zone by its extent. JavaFX thread only.
 */
final class GoToBox extends TextField {

    /** The zoom a point is shown at: a few kilometres across. */
    static final double POINT_ZOOM = 12;

    private final MapPane map;
    private final UiExecutor executor;
    private final Supplier<List<MiningSite>> sites;
    private final Supplier<List<Zone>> zones;
    private final Supplier<List<ProjectLayer>> layers;
    private final java.util.function.Consumer<String> status;
    private final ContextMenu suggestions = new ContextMenu();
    private List<Locator.Match> matches = List.of();
    /** The text {@link #matches} answer. */
    private String matchedText = "";

    private long asked;

    GoToBox(
            MapPane map,
            UiExecutor executor,
            Supplier<List<MiningSite>> sites,
            Supplier<List<Zone>> zones,
            Supplier<List<ProjectLayer>> layers,
            java.util.function.Consumer<String> status) {
        this.map = map;
        this.executor = executor;
        this.sites = sites;
        this.zones = zones;
        this.layers = layers;
        this.status = status;
        setId("goto-field");
        setPromptText("Go to: lat, lon · MGRS · place or name   (Ctrl+G)");
        setPrefColumnCount(27);
        setMaxWidth(USE_PREF_SIZE);
        setFocusTraversable(false);
        textProperty().addListener((o, a, b) -> search(b));
        setOnAction(e -> goToFirst()); // Enter
        warmUp();
        // while the suggestions show, the popup gets Enter and Esc: Enter still goes to the first, Esc closes the list
        suggestions.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goToFirst();
                e.consume();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
                map.requestFocus();
                e.consume();
            }
        });
    }

    /** Reads and indexes the bundled gazetteer off the FX thread now, so neither the first keystroke nor Enter waits for it. */
    private void warmUp() {
        executor.submitQuick(new Task<Integer>() {
            @Override
            protected Integer call() {
                Gazetteer.bundled().prepare();
                return Gazetteer.bundled().size();
            }
        });
    }

    /** The suggestions shown for the current text (for tests). */
    List<Locator.Match> matches() {
        return matches;
    }

    private void search(String text) {
        long ticket = ++asked;
        List<MiningSite> s = List.copyOf(sites.get());
        List<Zone> z = List.copyOf(zones.get());
        List<ProjectLayer> l = List.copyOf(layers.get());
        Task<List<Locator.Match>> task = new Task<>() {
            @Override
            protected List<Locator.Match> call() {
                return Locator.find(text, s, z, l);
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket == asked) {
                matchedText = text;
                show(task.getValue());
            }
        });
        executor.submitQuick(task);
    }

    private void show(List<Locator.Match> found) {
        matches = found;
        suggestions.getItems().clear();
        for (Locator.Match m : found) {
            CustomMenuItem item = new CustomMenuItem(new Label(m.name() + "   — " + m.detail()), true);
            item.setOnAction(e -> goTo(m));
            suggestions.getItems().add(item);
        }
        if (found.isEmpty() || !isFocused()) {
            suggestions.hide();
        } else if (!suggestions.isShowing()) {
            suggestions.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private void goToFirst() {
        // the suggestions' search already answered this text; search here only when Enter came first
        List<Locator.Match> found = getText().equals(matchedText)
                ? matches
                : Locator.find(
                        getText(), List.copyOf(sites.get()), List.copyOf(zones.get()), List.copyOf(layers.get()));
        if (found.isEmpty()) {
            status.accept("Go to: nothing matches \u201c" + getText()
                    + "\u201d (coordinates, MGRS, a place, county or state, or a site, zone or feature name)");
            return;
        }
        goTo(found.get(0));
    }

    private void goTo(Locator.Match m) {
        assert javafx.application.Platform.isFxApplicationThread();
        suggestions.hide();
        if (m.box().getWidth() > 1e-9 || m.box().getHeight() > 1e-9) {
            map.fit(m.box());
        } else {
            map.setViewOf(
                    m.lat(), m.lon(), Math.max(POINT_ZOOM, map.zoomProperty().get()));
        }
        status.accept("Went to " + m.name() + " (" + m.detail() + ")");
    }
}
