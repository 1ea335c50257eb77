package org.standoff.ui.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standoff.print.BriefingLayout;
import org.standoff.print.PrintException;

/**
 * The project's named briefing layouts, as an observable list the dialog edits (sorted by name,
 * names unique). The project file keeps them in its settings map as JSON, one key
 * {@code print.layout.<name>} per layout, and the texts last used (title, subtitle, marking and
 * its colour, author) under {@code print.text.*}: {@link #toSettings()} and {@link #fromSettings}.
 *
 * <p>A layout that cannot be read (a hand-edited or newer file) is left out and reported in
 * {@link #problems()} rather than failing the whole project. JavaFX thread only, like the
 * list it holds; usable without starting JavaFX.
 */
public final class BriefingLayouts {

    /** Prefix of the settings keys; the rest of the key is the layout's name. */
    public static final String KEY_PREFIX = "print.layout.";
    /** Prefix of the briefing texts last used in this project ({@link Text}). */
    public static final String TEXT_PREFIX = "print.text.";

    /** The texts a briefing carries, kept with the project so a re-export never falls back to defaults. */
    public enum Text {
        TITLE,
        SUBTITLE,
        MARKING,
        MARKING_COLOUR,
        AUTHOR;

        String key() {
            return TEXT_PREFIX + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final ObservableList<BriefingLayout> layouts = FXCollections.observableArrayList();
    private final List<String> problems = new ArrayList<>();
    private final Map<Text, String> texts = new java.util.EnumMap<>(Text.class);
    private final javafx.beans.property.ReadOnlyLongWrapper revision = new javafx.beans.property.ReadOnlyLongWrapper();

    /**
     * One more on every change the project should save (a layout saved or removed, a text
     * changed); a {@link #load} is not a change. The main window marks the project changed on it.
     */
    public javafx.beans.property.ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private String projectTitle = "";

    /** The project's own title, which a briefing's title starts as until the analyst types another. Not saved here. */
    public String projectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String title) {
        projectTitle = title == null ? "" : title.strip();
    }

    /** The text last used in this project, if one was set. */
    public Optional<String> text(Text which) {
        return Optional.ofNullable(texts.get(which));
    }

    /** Keeps a text with the project (a change when it differs from the one kept). */
    public void setText(Text which, String value) {
        String v = value == null ? "" : value;
        if (!v.equals(texts.put(which, v))) {
            revision.set(revision.get() + 1);
        }
    }

    /** The saved layouts, sorted by name. Edit through {@link #save} and {@link #remove}. */
    public ObservableList<BriefingLayout> layouts() {
        return FXCollections.unmodifiableObservableList(layouts);
    }

    /** Adds a layout, or replaces the one with the same name. */
    public void save(BriefingLayout layout) {
        int i = indexOf(layout.name());
        if (i >= 0) {
            layouts.set(i, layout);
        } else {
            layouts.add(layout);
            FXCollections.sort(layouts, Comparator.comparing(BriefingLayout::name, String.CASE_INSENSITIVE_ORDER));
        }
        revision.set(revision.get() + 1);
    }

    public void remove(String name) {
        int i = indexOf(name);
        if (i >= 0) {
            layouts.remove(i);
            revision.set(revision.get() + 1);
        }
    }

    public Optional<BriefingLayout> byName(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(layouts.get(i));
    }

    /** A name not used yet: "Layout 1", "Layout 2", … */
    public String freshName() {
        for (int n = 1; ; n++) {
            String name = "Layout " + n;
            if (indexOf(name) < 0) {
                return name;
            }
        }
    }

    /** The layouts as settings entries {@code print.layout.<name>} → JSON, in name order. */
    public Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        layouts.forEach(l -> out.put(KEY_PREFIX + l.name(), l.toJson()));
        texts.forEach((t, v) -> out.put(t.key(), v));
        return out;
    }

    /** Replaces the layouts by those in a settings map; other keys are ignored. */
    public void load(Map<String, String> settings) {
        problems.clear();
        texts.clear();
        for (Text t : Text.values()) {
            if (settings.containsKey(t.key())) {
                texts.put(t, settings.get(t.key()));
            }
        }
        List<BriefingLayout> read = new ArrayList<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (!e.getKey().startsWith(KEY_PREFIX)) {
                continue;
            }
            String name = e.getKey().substring(KEY_PREFIX.length());
            try {
                BriefingLayout l = BriefingLayout.fromJson(e.getValue());
                // The key names the layout: a JSON edited to another name still loads under its key.
                read.add(name.isBlank() || l.name().equals(name) ? l : l.withName(name));
            } catch (PrintException ex) {
                problems.add("briefing layout '" + name + "' could not be read: " + ex.getMessage());
            }
        }
        read.sort(Comparator.comparing(BriefingLayout::name, String.CASE_INSENSITIVE_ORDER));
        layouts.setAll(read);
    }

    /** A holder loaded from a settings map (see {@link #load}). */
    public static BriefingLayouts fromSettings(Map<String, String> settings) {
        BriefingLayouts b = new BriefingLayouts();
        b.load(settings);
        return b;
    }

    /** Why layouts were left out by the last {@link #load}; empty when all were read. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private int indexOf(String name) {
        for (int i = 0; i < layouts.size(); i++) {
            if (layouts.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
