package org.standoff.ui.sites;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standoff.model.MiningSite;
import org.standoff.ui.command.Command;
import org.standoff.ui.command.UndoManager;

/**
 * The project's mining sites as the map, the sites table and the dialogs see them, with the
 * selected site. Every change (add, edit, move, delete, import) is one undoable command.
 *
 * <p>Sites live in memory and are written to the project file on save, so an edit never
 * touches a file on the JavaFX thread. Ids are assigned here (one more than the largest seen)
 * and stay with a site for its life; a site read from a store keeps its store id. Timestamps:
 * {@code created} is set when a site is added, {@code updated} on every edit. Testable without
 * starting JavaFX; JavaFX thread only.
 */
public final class SitesViewModel {

    /** An existing site and what an import merges into it. */
    public record Merge(MiningSite before, MiningSite after) {}

    private final ObservableList<MiningSite> sites = FXCollections.observableArrayList();
    private final ObjectProperty<MiningSite> selected = new SimpleObjectProperty<>();
    private final UndoManager undo;
    private final Clock clock;
    private long lastId;

    public SitesViewModel(UndoManager undo, Clock clock) {
        this.undo = undo;
        this.clock = clock;
    }

    /** All sites, in insertion order. Do not modify directly: use the methods here. */
    public ObservableList<MiningSite> sites() {
        return sites;
    }

    /** The site selected in the table or on the map, or null. */
    public ObjectProperty<MiningSite> selectedProperty() {
        return selected;
    }

    /** Replaces all sites without undo, e.g. when a project is opened. */
    public void load(List<MiningSite> loaded) {
        selected.set(null);
        sites.setAll(loaded);
        lastId = loaded.stream().mapToLong(MiningSite::id).max().orElse(0);
    }

    /** Adds a new site (its id is assigned here), undoably; returns the stored version. */
    public MiningSite add(MiningSite site) {
        Instant now = clock.instant();
        MiningSite stored = site.withId(++lastId).withTimestamps(now, now);
        undo.execute(new Command() {
            @Override
            public String name() {
                return "Add Site " + label(stored);
            }

            @Override
            public void apply() {
                sites.add(stored);
            }

            @Override
            public void revert() {
                sites.remove(indexOf(stored.id()));
                clearSelectionIf(stored.id());
            }
        });
        return stored;
    }

    /** Replaces a site by an edited version, undoably; {@code what} names the edit ("Move Site"). */
    public MiningSite update(MiningSite before, MiningSite after, String what) {
        MiningSite stored = after.withId(before.id()).withTimestamps(before.created(), clock.instant());
        undo.execute(new Command() {
            @Override
            public String name() {
                return what + " " + label(before);
            }

            @Override
            public void apply() {
                replace(stored);
            }

            @Override
            public void revert() {
                replace(before);
            }
        });
        return stored;
    }

    /** Deletes a site, undoably (undo puts it back where it was). */
    public void delete(MiningSite site) {
        int index = indexOf(site.id());
        if (index < 0) {
            return;
        }
        MiningSite current = sites.get(index);
        undo.execute(new Command() {
            @Override
            public String name() {
                return "Delete Site " + label(current);
            }

            @Override
            public void apply() {
                sites.remove(indexOf(current.id()));
                clearSelectionIf(current.id());
            }

            @Override
            public void revert() {
                sites.add(Math.min(index, sites.size()), current);
            }
        });
    }

    /** Adds many sites and merges others in one undoable step, as an import does. */
    public List<MiningSite> importAll(List<MiningSite> inserts, List<Merge> merges, String what) {
        Instant now = clock.instant();
        List<MiningSite> added = new ArrayList<>(inserts.size());
        for (MiningSite s : inserts) {
            added.add(s.withId(++lastId).withTimestamps(now, now));
        }
        List<MiningSite> mergedAfter = merges.stream()
                .map(m -> m.after()
                        .withId(m.before().id())
                        .withTimestamps(m.before().created(), now))
                .toList();
        undo.execute(new Command() {
            @Override
            public String name() {
                return what;
            }

            @Override
            public void apply() {
                sites.addAll(added);
                mergedAfter.forEach(SitesViewModel.this::replace);
            }

            @Override
            public void revert() {
                java.util.Set<Long> ids = new java.util.HashSet<>();
                added.forEach(s -> ids.add(s.id()));
                sites.removeIf(s -> ids.contains(s.id()));
                merges.forEach(m -> replace(m.before()));
                if (selected.get() != null && ids.contains(selected.get().id())) {
                    selected.set(null);
                }
            }
        });
        return added;
    }

    public Optional<MiningSite> byId(long id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(sites.get(i));
    }

    private void replace(MiningSite site) {
        int i = indexOf(site.id());
        if (i >= 0) {
            sites.set(i, site);
            if (selected.get() != null && selected.get().id() == site.id()) {
                selected.set(site);
            }
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void clearSelectionIf(long id) {
        if (selected.get() != null && selected.get().id() == id) {
            selected.set(null);
        }
    }

    private static String label(MiningSite s) {
        return s.name() == null ? "#" + s.id() : s.name();
    }
}
