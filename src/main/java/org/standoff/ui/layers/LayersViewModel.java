package org.standoff.ui.layers;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standoff.model.Feature;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;
import org.standoff.ui.command.Command;
import org.standoff.ui.command.UndoManager;

/**
 * The project's data layers as the layers panel and the map see them, top of the list drawn
 * on top, and the feature the user has identified. Every change except visibility goes
 * through an undoable {@link Command}. Testable without starting JavaFX. JavaFX thread only.
 */
public final class LayersViewModel {

    /** A feature picked on the map, with the layer it belongs to. */
    public record Identified(ProjectLayer layer, Feature feature) {}

    private final ObservableList<ProjectLayer> layers = FXCollections.observableArrayList();
    private final ObjectProperty<Identified> identified = new SimpleObjectProperty<>();
    private final UndoManager undo;
    private final AtomicLong ids = new AtomicLong();

    public LayersViewModel(UndoManager undo) {
        this.undo = undo;
    }

    /** Layers in panel order: index 0 is drawn on top. */
    public ObservableList<ProjectLayer> layers() {
        return layers;
    }

    /** Layers in drawing order: bottom first. */
    public List<ProjectLayer> drawingOrder() {
        List<ProjectLayer> copy = new java.util.ArrayList<>(layers);
        java.util.Collections.reverse(copy);
        return copy;
    }

    public ObjectProperty<Identified> identifiedProperty() {
        return identified;
    }

    /** Replaces all layers without undo, e.g. when a project is opened. */
    public void load(List<ProjectLayer> loaded) {
        identified.set(null);
        layers.setAll(loaded);
        for (ProjectLayer l : loaded) {
            String digits = l.id().replaceAll("\\D", "");
            if (!digits.isEmpty() && digits.length() < 10) {
                ids.set(Math.max(ids.get(), Long.parseLong(digits)));
            }
        }
    }

    /** Wraps loaded data as a new layer with a guessed role and its default style. */
    public ProjectLayer newLayer(Layer data) {
        boolean points = data.features().stream().anyMatch(f -> f.geometry().getDimension() == 0);
        LayerRole role = LayerRole.guess(
                data.name(), data.fields().stream().map(f -> f.name()).toList(), points);
        return new ProjectLayer("layer-" + ids.incrementAndGet(), data, role, LayerStyle.defaultFor(role), true);
    }

    /** Adds a layer on top, undoably. */
    public void add(ProjectLayer layer) {
        undo.execute(new Command() {
            @Override
            public String name() {
                return "Add Layer " + layer.name();
            }

            @Override
            public void apply() {
                layers.add(0, layer);
            }

            @Override
            public void revert() {
                layers.remove(indexOf(layer));
                clearIdentifiedIfIn(layer);
            }
        });
    }

    /** Removes a layer, undoably (undo puts it back where it was). */
    public void remove(ProjectLayer layer) {
        int index = indexOf(layer);
        if (index < 0) {
            return;
        }
        undo.execute(new Command() {
            @Override
            public String name() {
                return "Remove Layer " + layer.name();
            }

            @Override
            public void apply() {
                layers.remove(indexOf(layer));
                clearIdentifiedIfIn(layer);
            }

            @Override
            public void revert() {
                layers.add(Math.min(index, layers.size()), layer);
            }
        });
    }

    /** Moves a layer up (towards the top, -1) or down (+1) the list, undoably. */
    public void move(ProjectLayer layer, int delta) {
        int from = indexOf(layer);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= layers.size()) {
            return;
        }
        undo.execute(new Command() {
            @Override
            public String name() {
                return "Move Layer " + layer.name();
            }

            @Override
            public void apply() {
                layers.add(to, layers.remove(from));
            }

            @Override
            public void revert() {
                layers.add(from, layers.remove(to));
            }
        });
    }

    /** Replaces a layer by an edited copy (role, style), undoably. */
    public void change(ProjectLayer before, ProjectLayer after, String what) {
        if (before.equals(after) || indexOf(before) < 0) {
            return;
        }
        undo.execute(new Command() {
            @Override
            public String name() {
                return what;
            }

            @Override
            public void apply() {
                replace(after);
            }

            @Override
            public void revert() {
                replace(before);
            }
        });
    }

    /** Shows or hides a layer; not an undoable edit, like a light switch. */
    public void setVisible(ProjectLayer layer, boolean visible) {
        int i = indexOf(layer);
        if (i >= 0 && layers.get(i).visible() != visible) {
            layers.set(i, layers.get(i).withVisible(visible));
        }
    }

    /** Puts {@code layer} in place of the layer with the same id, keeping its current visibility. */
    private void replace(ProjectLayer layer) {
        int i = indexOf(layer);
        if (i >= 0) {
            layers.set(i, layer.withVisible(layers.get(i).visible()));
        }
    }

    /** Position of the layer with this layer's id, or -1; ids survive edits, values do not. */
    int indexOf(ProjectLayer layer) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).id().equals(layer.id())) {
                return i;
            }
        }
        return -1;
    }

    public Optional<ProjectLayer> byId(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private void clearIdentifiedIfIn(ProjectLayer layer) {
        Identified i = identified.get();
        if (i != null && i.layer().id().equals(layer.id())) {
            identified.set(null);
        }
    }
}
