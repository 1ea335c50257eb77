package org.standoff.ui.print;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.standoff.print.BriefingExport;
import org.standoff.print.BriefingFields;
import org.standoff.print.BriefingLayout;
import org.standoff.print.ElementKind;
import org.standoff.print.ExtentChoice;
import org.standoff.print.LayoutElement;
import org.standoff.print.Margins;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;
import org.standoff.print.Rect;

/**
 * State of the briefing dialog as properties, with no controls: the layout being edited (paper,
 * orientation, margins, element bounds and visibility, changed only through this class so every
 * change can be undone), the texts, the map extent, the output options and the page shown.
 * JavaFX thread only; usable without starting JavaFX.
 */
public final class BriefingViewModel {

    /** The on/off switches of the form; some switch two elements (title and subtitle, both banners). */
    public enum Toggle {
        TITLE("Title", ElementKind.TITLE, ElementKind.SUBTITLE),
        MARKINGS("Markings", ElementKind.MARKING_TOP, ElementKind.MARKING_BOTTOM),
        LEGEND("Legend", ElementKind.LEGEND),
        SCALE_BAR("Scale bar", ElementKind.SCALE_BAR),
        NORTH_ARROW("North arrow", ElementKind.NORTH_ARROW),
        LOCATOR("Locator", ElementKind.LOCATOR),
        SUMMARY("Summary", ElementKind.SUMMARY),
        CREDITS("Credits", ElementKind.CREDITS),
        FINDINGS_TABLE("Findings table", ElementKind.FINDINGS_TABLE);

        private final String label;
        private final List<ElementKind> kinds;

        Toggle(String label, ElementKind... kinds) {
            this.label = label;
            this.kinds = List.of(kinds);
        }

        public String label() {
            return label;
        }

        public List<ElementKind> kinds() {
            return kinds;
        }
    }

    /** Smallest element size, as a fraction of the printable area, so a resize never loses an element. */
    static final double MIN_FRACTION = 0.02;

    private static final int UNDO_LIMIT = 100;

    private final BriefingLayouts saved;
    private final ReadOnlyObjectWrapper<BriefingLayout> layout = new ReadOnlyObjectWrapper<>();
    private final Deque<BriefingLayout> undo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final StringProperty layoutName = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty("Mining sites near military installations");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty marking = new SimpleStringProperty(DEFAULT_MARKING);
    private final StringProperty markingColour = new SimpleStringProperty("#007a33");
    private final StringProperty author = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty date = new SimpleStringProperty(LocalDate.now().toString());
    private final BooleanProperty useScale = new SimpleBooleanProperty(false);
    /** The default frame: every site and its nearest installation, so no site is off the page unannounced. */
    private final BooleanProperty allSites = new SimpleBooleanProperty(true);

    private final DoubleProperty scale = new SimpleDoubleProperty(250_000);
    private final DoubleProperty atlasScale = new SimpleDoubleProperty(250_000);
    private final IntegerProperty dpi = new SimpleIntegerProperty(BriefingExport.DEFAULT_DPI);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);

    public BriefingViewModel(BriefingLayouts saved) {
        this.saved = saved;
        BriefingLayout first = saved.layouts().isEmpty()
                ? BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE)
                : saved.layouts().get(0);
        layout.set(first);
        layoutName.set(first.name());
        if (!saved.projectTitle().isBlank()) {
            title.set(saved.projectTitle());
        }
        // the texts last used in this project, never the defaults again; every edit is kept with the project
        bindText(title, BriefingLayouts.Text.TITLE);
        bindText(subtitle, BriefingLayouts.Text.SUBTITLE);
        bindText(marking, BriefingLayouts.Text.MARKING);
        bindText(markingColour, BriefingLayouts.Text.MARKING_COLOUR);
        bindText(author, BriefingLayouts.Text.AUTHOR);
    }

    /** The marking every new briefing starts with, until the analyst sets the project's own. */
    public static final String DEFAULT_MARKING = "UNCLASSIFIED";

    private void bindText(StringProperty p, BriefingLayouts.Text which) {
        saved.text(which).ifPresent(p::set);
        p.addListener((o, a, b) -> saved.setText(which, b));
    }

    /**
     * True while the marking is the default one and was never set for this project: an export
     * should then ask first, so a briefing does not go out with a banner nobody chose.
     */
    public boolean markingIsUnchosenDefault() {
        return saved.text(BriefingLayouts.Text.MARKING).isEmpty() && DEFAULT_MARKING.equals(marking.get());
    }

    /** The layout being edited; its name is {@link #layoutNameProperty()} once saved. */
    public ReadOnlyObjectProperty<BriefingLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public BriefingLayout layout() {
        return layout.get();
    }

    public BriefingLayouts savedLayouts() {
        return saved;
    }

    public void setPaper(Paper p) {
        BriefingLayout l = layout.get();
        if (l.paper() != p) {
            change(new BriefingLayout(l.name(), p, l.orientation(), l.margins(), l.elements()));
        }
    }

    /**
     * Switches orientation with the standard arrangement for it: bounds are fractions, so a
     * landscape arrangement stretched onto portrait paper would squash the map. Which elements
     * are shown is kept; the hand-placed bounds come back with undo.
     */
    public void setOrientation(Orientation o) {
        BriefingLayout l = layout.get();
        if (l.orientation() == o) {
            return;
        }
        List<LayoutElement> arranged = new ArrayList<>();
        for (LayoutElement e : BriefingLayout.defaultFor(l.paper(), o).elements()) {
            boolean visible = l.elements().stream()
                    .filter(x -> x.kind() == e.kind())
                    .findFirst()
                    .map(LayoutElement::visible)
                    .orElse(true);
            arranged.add(e.withVisible(visible));
        }
        change(new BriefingLayout(l.name(), l.paper(), o, l.margins(), arranged));
    }

    /** The same margin on every side, in points. */
    public void setMargin(double pt) {
        BriefingLayout l = layout.get();
        if (Math.abs(l.margins().top() - pt) > 1e-9 || !uniform(l.margins())) {
            change(new BriefingLayout(l.name(), l.paper(), l.orientation(), Margins.uniform(pt), l.elements()));
        }
    }

    private static boolean uniform(Margins m) {
        return m.top() == m.right() && m.top() == m.bottom() && m.top() == m.left();
    }

    public boolean isVisible(Toggle t) {
        return layout.get().elements().stream().anyMatch(e -> t.kinds().contains(e.kind()) && e.visible());
    }

    public void setVisible(Toggle t, boolean visible) {
        if (isVisible(t) == visible) {
            return;
        }
        List<LayoutElement> es = layout.get().elements().stream()
                .map(e -> t.kinds().contains(e.kind()) ? e.withVisible(visible) : e)
                .toList();
        change(layout.get().withElements(es));
    }

    /**
     * Moves or resizes element {@code index} to {@code bounds} (fractions of the printable area),
     * kept inside the area and no smaller than {@link #MIN_FRACTION}.
     */
    public void setBounds(int index, Rect bounds) {
        List<LayoutElement> es = new ArrayList<>(layout.get().elements());
        double w = clamp(bounds.width(), MIN_FRACTION, 1);
        double h = clamp(bounds.height(), MIN_FRACTION, 1);
        Rect r = new Rect(clamp(bounds.x(), 0, 1 - w), clamp(bounds.y(), 0, 1 - h), w, h);
        if (r.equals(es.get(index).bounds())) {
            return;
        }
        es.set(index, es.get(index).withBounds(r));
        change(layout.get().withElements(es));
    }

    /** Opens a saved layout by name (undoable, like any layout change). */
    public void open(String name) {
        saved.byName(name).ifPresent(l -> {
            change(l);
            layoutName.set(l.name());
        });
    }

    /** Starts a new layout: the standard arrangement for the current paper and orientation, under a fresh name. */
    public void newLayout() {
        BriefingLayout l = layout.get();
        String name = saved.freshName();
        change(BriefingLayout.defaultFor(l.paper(), l.orientation()).withName(name));
        layoutName.set(name);
    }

    /** Saves the layout under the name in the name field (replacing one of that name). */
    public void save() {
        String name = layoutName.get() == null || layoutName.get().isBlank()
                ? saved.freshName()
                : layoutName.get().strip();
        BriefingLayout named = layout.get().withName(name);
        layout.set(named);
        layoutName.set(name);
        saved.save(named);
    }

    /** Undoes the last layout change; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        layout.set(undo.pop());
        canUndo.set(!undo.isEmpty());
        return true;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    private void change(BriefingLayout next) {
        undo.push(layout.get());
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        canUndo.set(true);
        layout.set(next);
    }

    /** The texts as typed. */
    public BriefingFields fields() {
        String colour = markingColour.get() != null && markingColour.get().matches("#[0-9a-fA-F]{6}")
                ? markingColour.get()
                : "";
        return new BriefingFields(title.get(), subtitle.get(), marking.get(), colour, author.get(), date.get());
    }

    /** The chosen map extent; a scale below 1:100 falls back to 1:100. */
    public ExtentChoice extent() {
        return useScale.get()
                ? ExtentChoice.scale(Math.max(100, scale.get()))
                : allSites.get() ? ExtentChoice.ALL_SITES : ExtentChoice.CURRENT_VIEW;
    }

    public StringProperty layoutNameProperty() {
        return layoutName;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public StringProperty markingProperty() {
        return marking;
    }

    /** The banner colour as {@code #rrggbb}. */
    public StringProperty markingColourProperty() {
        return markingColour;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty dateProperty() {
        return date;
    }

    /** True for a chosen scale, false for the map window's current view. */
    public BooleanProperty useScaleProperty() {
        return useScale;
    }

    /** N of the chosen 1:N scale. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** N of the atlas pages' 1:N scale. */
    public DoubleProperty atlasScaleProperty() {
        return atlasScale;
    }

    public IntegerProperty dpiProperty() {
        return dpi;
    }

    /** The page shown in the preview, 0-based. */
    public IntegerProperty pageProperty() {
        return page;
    }

    /** How many pages the briefing has, as the last preview found. */
    /** Whether the map frames every site and its nearest installation (else the current view or a scale). */
    public BooleanProperty allSitesProperty() {
        return allSites;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
