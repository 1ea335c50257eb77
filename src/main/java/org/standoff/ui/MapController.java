package org.standoff.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.standoff.model.MiningSite;
import org.standoff.render.Picker;
import org.standoff.render.Viewport;
import org.standoff.ui.layers.LayersViewModel;
import org.standoff.ui.map.MapPane;
import org.standoff.ui.sites.SiteEditor;
import org.standoff.ui.sites.SitesViewModel;

/**
 * What the mouse does on the map beyond panning and zooming: identify a site or feature by
 * clicking, show names on hover, add a site where the user clicks (add mode), and move a site
 * by dragging it (one undoable "Move Site" on release). Sites are picked before layer
 * features because they are what the analyst edits.
 */
final class MapController {

    static final double SITE_TOLERANCE_PX = 8;

    private final MapPane map;
    private final LayersViewModel layers;
    private final SitesViewModel sites;
    private final MainViewModel vm;
    private final Supplier<SiteEditor> editor;
    private final Supplier<Window> window;
    private boolean addMode;
    private MiningSite dragging;
    private MiningSite dragPreview;

    MapController(MapPane map, LayersViewModel layers, SitesViewModel sites, MainViewModel vm, Supplier<SiteEditor> editor, Supplier<Window> window) {
        this.map = map;
        this.layers = layers;
        this.sites = sites;
        this.vm = vm;
        this.editor = editor;
        this.window = window;
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::onHover);
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPress);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::onRelease);
    }

    /** Enters add mode: the next click on the map places a new site there. */
    void startAddSite() {
        addMode = true;
        map.setCursor(Cursor.CROSSHAIR);
        vm.statusProperty().set("Click the map where the new site is (Esc to cancel)");
    }

    /** Leaves add mode; returns true if it was on. */
    boolean cancelAddSite() {
        if (!addMode) {
            return false;
        }
        addMode = false;
        map.setCursor(Cursor.DEFAULT);
        vm.statusProperty().set("");
        return true;
    }

    /** The site being dragged, as it would be if dropped now, or null. */
    MiningSite dragPreview() {
        return dragPreview;
    }

    private Viewport viewport() {
        return map.overlay().currentViewport();
    }

    private Optional<MiningSite> siteAt(double x, double y) {
        return Picker.pickSite(viewport(), sites.sites(), x, y, SITE_TOLERANCE_PX);
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (addMode) {
            cancelAddSite();
            double[] ll = map.latLonAt(e.getX(), e.getY());
            editor.get().add(window.get(), ll[1], ll[0]).ifPresent(s -> sites.selectedProperty().set(sites.add(s)));
            return;
        }
        Optional<MiningSite> site = siteAt(e.getX(), e.getY());
        if (site.isPresent()) {
            sites.selectedProperty().set(site.get());
            layers.identifiedProperty().set(null);
            if (e.getClickCount() == 2) {
                editSelected();
            }
            return;
        }
        sites.selectedProperty().set(null);
        Optional<Picker.Pick> pick = layers.layers().isEmpty() ? Optional.empty()
                : Picker.pick(viewport(), List.copyOf(layers.layers()), e.getX(), e.getY());
        layers.identifiedProperty().set(pick.map(p -> new LayersViewModel.Identified(p.layer(), p.feature())).orElse(null));
    }

    /** Opens the form for the selected site and applies the edit, undoably. */
    void editSelected() {
        MiningSite s = sites.selectedProperty().get();
        if (s != null) {
            editor.get().edit(window.get(), s).ifPresent(edited -> sites.update(s, edited, "Edit Site"));
        }
    }

    /** Asks, then deletes the selected site, undoably. */
    void deleteSelected() {
        MiningSite s = sites.selectedProperty().get();
        if (s != null && editor.get().confirmDelete(window.get(), s)) {
            sites.delete(s);
        }
    }

    private void onHover(MouseEvent e) {
        if (dragging != null) {
            return;
        }
        Optional<MiningSite> site = siteAt(e.getX(), e.getY());
        if (site.isPresent()) {
            map.showHover(site.get().name() == null ? "Site #" + site.get().id() : site.get().name(), e.getX(), e.getY());
            return;
        }
        Optional<Picker.Pick> pick = layers.layers().isEmpty() ? Optional.empty()
                : Picker.pick(viewport(), List.copyOf(layers.layers()), e.getX(), e.getY());
        map.showHover(pick.map(p -> p.layer().data().featureName(p.feature())).orElse(null), e.getX(), e.getY());
    }

    private void onPress(MouseEvent e) {
        if (addMode || e.getButton() != MouseButton.PRIMARY || e.isShortcutDown() || e.isShiftDown()) {
            return;
        }
        dragging = siteAt(e.getX(), e.getY()).orElse(null);
        dragPreview = null;
    }

    private void onDrag(MouseEvent e) {
        if (dragging == null) {
            return;
        }
        e.consume(); // the map must not pan while a site is being moved
        double[] ll = map.latLonAt(e.getX(), e.getY());
        dragPreview = dragging.withLocation(MapPane.normaliseLongitude(ll[1]), ll[0]);
        map.setCursor(Cursor.MOVE);
        map.overlay().setSites(withPreview(), dragPreview);
    }

    private void onRelease(MouseEvent e) {
        MiningSite from = dragging;
        MiningSite to = dragPreview;
        dragging = null;
        dragPreview = null;
        if (from == null) {
            return;
        }
        map.setCursor(addMode ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        if (to != null) {
            e.consume();
            sites.selectedProperty().set(sites.update(from, to, "Move Site"));
        }
    }

    private List<MiningSite> withPreview() {
        List<MiningSite> all = new java.util.ArrayList<>(sites.sites());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == dragPreview.id()) {
                all.set(i, dragPreview);
            }
        }
        return all;
    }
}
