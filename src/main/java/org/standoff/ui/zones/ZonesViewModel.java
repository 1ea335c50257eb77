package org.standoff.ui.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standoff.model.FeatureFilter;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;
import org.standoff.ui.command.Command;
import org.standoff.ui.command.UndoManager;

/**
 * The project's zones and rule sets, with the selected zone. Every change is one undoable
 * command; applying a rule set adds one zone per rule and matching layer in a single step.
 * JavaFX thread only; testable without starting JavaFX.
 */
public final class ZonesViewModel {

    /** Colours given to new zones in turn, distinct from layer and site colours. */
    static final String[] PALETTE = {"#c0392b", "#8e44ad", "#d35400", "#16a085", "#2c3e50", "#b7950b", "#1f618d"};

    private final ObservableList<Zone> zones = FXCollections.observableArrayList();
    private final ObservableList<RuleSet> ruleSets = FXCollections.observableArrayList();
    private final ObjectProperty<Zone> selected = new SimpleObjectProperty<>();
    private final UndoManager undo;
    private final AtomicLong ids = new AtomicLong();

    public ZonesViewModel(UndoManager undo) {
        this.undo = undo;
    }

    public ObservableList<Zone> zones() {
        return zones;
    }

    public ObservableList<RuleSet> ruleSets() {
        return ruleSets;
    }

    public ObjectProperty<Zone> selectedProperty() {
        return selected;
    }

    /** A fresh zone id. */
    public String newId() {
        String id;
        do {
            id = "zone-" + ids.incrementAndGet();
        } while (indexOf(id) >= 0);
        return id;
    }

    /** The next colour of the palette. */
    public String nextColour() {
        return PALETTE[zones.size() % PALETTE.length];
    }

    /** Replaces everything without undo, e.g. when a project is opened. */
    public void load(List<Zone> loadedZones, List<RuleSet> loadedRuleSets) {
        selected.set(null);
        zones.setAll(loadedZones);
        ruleSets.setAll(loadedRuleSets);
    }

    public void add(Zone z) {
        addAll(List.of(z), "Add Zone " + z.name());
    }

    public void addAll(List<Zone> added, String what) {
        undo.execute(new Command() {
            @Override
            public String name() {
                return what;
            }

            @Override
            public void apply() {
                zones.addAll(added);
            }

            @Override
            public void revert() {
                added.forEach(z -> remove(z.id()));
            }
        });
    }

    public void update(Zone before, Zone after, String what) {
        if (before.equals(after)) {
            return;
        }
        undo.execute(new Command() {
            @Override
            public String name() {
                return what + " " + before.name();
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

    public void delete(Zone z) {
        int index = indexOf(z.id());
        if (index < 0) {
            return;
        }
        undo.execute(new Command() {
            @Override
            public String name() {
                return "Delete Zone " + z.name();
            }

            @Override
            public void apply() {
                remove(z.id());
            }

            @Override
            public void revert() {
                zones.add(Math.min(index, zones.size()), z);
            }
        });
    }

    /** Adds a user-defined rule to the "My rules" set (created on first use). */
    public void addUserRule(Rule r) {
        for (int i = 0; i < ruleSets.size(); i++) {
            if (ruleSets.get(i).name().equals("My rules")) {
                List<Rule> rules = new ArrayList<>(ruleSets.get(i).rules());
                rules.add(r);
                ruleSets.set(i, new RuleSet(ruleSets.get(i).id(), "My rules", rules));
                return;
            }
        }
        ruleSets.add(new RuleSet("user-rules", "My rules", List.of(r)));
    }

    /**
     * Zones for the chosen rules: one per rule and per layer of the rule's role, measured from
     * the features the rule applies to, or from those matching {@code names} when given.
     */
    public List<Zone> zonesFor(List<Rule> rules, List<ProjectLayer> layers, List<String> names) {
        List<Zone> out = new ArrayList<>();
        for (Rule r : rules) {
            for (ProjectLayer l : layers) {
                if (l.role() != r.role()) {
                    continue;
                }
                FeatureFilter f = names == null || names.isEmpty() ? r.appliesTo() : FeatureFilter.names(names);
                out.add(new Zone(
                        newId(),
                        r.name(),
                        Zone.Kind.LAYER_BUFFER,
                        l.id(),
                        f,
                        null,
                        List.of(r.band()),
                        true,
                        PALETTE[(zones.size() + out.size()) % PALETTE.length],
                        r.id()));
            }
        }
        return out;
    }

    private void replace(Zone z) {
        int i = indexOf(z.id());
        if (i >= 0) {
            // A list view drops its selection when the selected item is replaced, and passes the
            // null on to us: decide before the swap whether the zone stays selected.
            boolean wasSelected = selected.get() != null && selected.get().id().equals(z.id());
            zones.set(i, z);
            if (wasSelected) {
                selected.set(z);
            }
        }
    }

    private void remove(String id) {
        int i = indexOf(id);
        if (i >= 0) {
            zones.remove(i);
        }
        if (selected.get() != null && selected.get().id().equals(id)) {
            selected.set(null);
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
