package org.standoff.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.Geodesic;
import org.standoff.geo.buffer.BufferLimitException;
import org.standoff.geo.buffer.GeodesicBuffer;
import org.standoff.model.MiningSite;
import org.standoff.model.Zone;
import org.standoff.render.Picker;
import org.standoff.render.Viewport;
import org.standoff.render.ZonePainter;
import org.standoff.ui.layers.LayersViewModel;
import org.standoff.ui.map.MapPane;
import org.standoff.ui.sites.SiteEditor;
import org.standoff.ui.sites.SitesViewModel;
import org.standoff.ui.zones.ZonesViewModel;

/**
 * What the mouse does on the map beyond panning and zooming: identify a site or feature by
 * clicking, show names on hover, add a site where the user clicks (add mode), and, only in the
 * explicit edit mode ({@link MainViewModel#mapEditModeProperty()}), move a site by dragging it
 * (one undoable "Move Site" on release) or move and resize the selected circle zone by its
 * centre and rim. Outside edit mode a press-and-drag always pans, wherever it lands: at national
 * density almost every press lands on some marker. Sites are picked before layer features
 * because they are what the analyst edits.
 */
final class MapController {

    static final double SITE_TOLERANCE_PX = 8;

    private final MapPane map;
    private final LayersViewModel layers;
    private final SitesViewModel sites;
    private final ZonesViewModel zones;
    private Supplier<List<ZoneShapes.Shape>> zoneShapes = List::of;
    private java.util.function.BooleanSupplier sitesShown = () -> true;
    private boolean drawMode;
    /** What a press-drag-release on the map is doing to a circle zone, if anything. */
    private enum CircleEdit {
        DRAW,
        MOVE,
        RESIZE
    }

    private CircleEdit circleEdit;
    private Zone circleBefore;
    private Zone circlePreview;
    private double[] circleCentre;
    private final MainViewModel vm;
    private final Supplier<SiteEditor> editor;
    private final Supplier<Window> window;
    private boolean addMode;
    private MiningSite dragging;
    private MiningSite dragPreview;

    MapController(
            MapPane map,
            LayersViewModel layers,
            SitesViewModel sites,
            ZonesViewModel zones,
            MainViewModel vm,
            Supplier<SiteEditor> editor,
            Supplier<Window> window) {
        this.zones = zones;
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

    private MeasureTool measure;

    /** The measure tool whose clicks this controller passes on. */
    void setMeasureTool(MeasureTool tool) {
        this.measure = tool;
    }

    /** Enters add mode: the next click on the map places a new site there. */
    void startAddSite() {
        addMode = true;
        map.setCursor(Cursor.CROSSHAIR);
        vm.statusProperty().set("Click the map where the new site is (Esc to cancel)");
    }

    private List<double[]> polygonVertices;

    /** Enters polygon mode: click the vertices, double-click to close; then a buffer is asked for. */
    void startDrawPolygon() {
        polygonVertices = new java.util.ArrayList<>();
        addMode = false;
        drawMode = false;
        map.setCursor(Cursor.CROSSHAIR);
        vm.statusProperty().set("Click the polygon's corners; double-click to close it (Esc to cancel)");
    }

    private boolean polygonClick(MouseEvent e) {
        if (polygonVertices == null) {
            return false;
        }
        double[] ll = map.latLonAt(e.getX(), e.getY());
        if (e.getClickCount() < 2) {
            polygonVertices.add(new double[] {MapPane.normaliseLongitude(ll[1]), ll[0]});
        }
        if (e.getClickCount() >= 2 && polygonVertices.size() >= 3) {
            finishPolygon();
            return true;
        }
        if (polygonVertices.size() >= 2) {
            org.locationtech.jts.geom.Coordinate[] c = polygonVertices.stream()
                    .map(v -> new org.locationtech.jts.geom.Coordinate(v[0], v[1]))
                    .toArray(org.locationtech.jts.geom.Coordinate[]::new);
            List<ZoneShapes.Shape> shapes = new java.util.ArrayList<>(zoneShapes.get());
            Zone preview = new Zone(
                    "drawing",
                    "New polygon",
                    Zone.Kind.POLYGON,
                    null,
                    null,
                    GF.createLineString(c),
                    List.of(new Zone.Band(0, 0)),
                    false,
                    zones.nextColour(),
                    null);
            shapes.add(new ZoneShapes.Shape(preview, 0, GF.createLineString(c)));
            map.overlay().setZones(shapes, "drawing", vm.unitProperty().get());
        }
        return true;
    }

    private void finishPolygon() {
        List<double[]> v = polygonVertices;
        polygonVertices = null;
        map.setCursor(Cursor.DEFAULT);
        org.locationtech.jts.geom.Coordinate[] c = new org.locationtech.jts.geom.Coordinate[v.size() + 1];
        for (int i = 0; i < v.size(); i++) {
            c[i] = new org.locationtech.jts.geom.Coordinate(v.get(i)[0], v.get(i)[1]);
        }
        c[v.size()] = new org.locationtech.jts.geom.Coordinate(c[0]);
        org.locationtech.jts.geom.Geometry polygon = GF.createPolygon(c);
        if (!polygon.isValid()) {
            polygon = polygon.buffer(0);
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog("0");
        d.initOwner(window.get());
        d.setTitle("Polygon Zone");
        d.setHeaderText(
                "Buffer around the polygon, in " + vm.unitProperty().get().label() + " (0 for the polygon only)");
        d.setContentText("Buffer:");
        java.util.Optional<String> answer = d.showAndWait();
        if (answer.isEmpty()) {
            vm.statusProperty().set("Polygon cancelled");
            return;
        }
        double buffer;
        try {
            buffer = Math.max(
                    0,
                    vm.unitProperty()
                            .get()
                            .toMetres(Double.parseDouble(answer.get().strip())));
        } catch (NumberFormatException ex) {
            buffer = 0;
        }
        Zone z = new Zone(
                zones.newId(),
                "Polygon " + (zones.zones().size() + 1),
                Zone.Kind.POLYGON,
                null,
                null,
                polygon,
                List.of(buffer > 0 ? Zone.Band.disc(buffer) : new Zone.Band(0, 0)),
                false,
                zones.nextColour(),
                null);
        zones.add(z);
        zones.selectedProperty().set(z);
        vm.statusProperty().set("Added " + z.name());
    }

    private static final org.locationtech.jts.geom.GeometryFactory GF = new org.locationtech.jts.geom.GeometryFactory();

    /** Where the drawn zones come from, so a preview can be drawn over them. */
    void setZoneShapes(Supplier<List<ZoneShapes.Shape>> shapes) {
        zoneShapes = shapes;
    }

    /** Enters draw-radius mode: press at the centre, drag out the radius, release to create it. */
    void startDrawRadius() {
        drawMode = true;
        addMode = false;
        map.setCursor(Cursor.CROSSHAIR);
        vm.statusProperty().set("Press at the centre and drag out the radius (Esc to cancel)");
    }

    /** Leaves add-site or draw-radius mode; returns true if one was on. */
    boolean cancelAddSite() {
        if (measure != null && measure.cancel()) {
            vm.statusProperty().set("");
            return true;
        }
        if (polygonVertices != null) {
            polygonVertices = null;
            map.setCursor(Cursor.DEFAULT);
            map.overlay().setZones(zoneShapes.get(), null, vm.unitProperty().get());
            vm.statusProperty().set("");
            return true;
        }
        if (!addMode && !drawMode) {
            return false;
        }
        drawMode = false;
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

    /** Tells whether the sites are shown: hidden sites are neither identified, hovered nor dragged. */
    void setSitesShown(java.util.function.BooleanSupplier shown) {
        sitesShown = shown;
    }

    private Optional<MiningSite> siteAt(double x, double y) {
        if (!sitesShown.getAsBoolean()) {
            return Optional.empty();
        }
        return Picker.pickSite(viewport(), sites.sites(), x, y, SITE_TOLERANCE_PX);
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (drawMode) {
            return;
        }
        if (polygonClick(e) || measure != null && measure.click(e)) {
            return;
        }
        if (addMode) {
            cancelAddSite();
            double[] ll = map.latLonAt(e.getX(), e.getY());
            editor.get()
                    .add(window.get(), ll[1], ll[0])
                    .ifPresent(s -> sites.selectedProperty().set(sites.add(s)));
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
        Optional<Picker.Pick> pick = layers.layers().isEmpty()
                ? Optional.empty()
                : Picker.pick(viewport(), List.copyOf(layers.layers()), e.getX(), e.getY());
        layers.identifiedProperty()
                .set(pick.map(p -> new LayersViewModel.Identified(p.layer(), p.feature()))
                        .orElse(null));
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
            map.showHover(
                    site.get().name() == null
                            ? "Site #" + site.get().id()
                            : site.get().name(),
                    e.getX(),
                    e.getY());
            return;
        }
        Optional<Picker.Pick> pick = layers.layers().isEmpty()
                ? Optional.empty()
                : Picker.pick(viewport(), List.copyOf(layers.layers()), e.getX(), e.getY());
        map.showHover(pick.map(p -> p.layer().data().featureName(p.feature())).orElse(null), e.getX(), e.getY());
    }

    private void onPress(MouseEvent e) {
        if (addMode || e.getButton() != MouseButton.PRIMARY || e.isShortcutDown() || e.isShiftDown()) {
            return;
        }
        double[] ll = map.latLonAt(e.getX(), e.getY());
        if (drawMode) {
            circleEdit = CircleEdit.DRAW;
            circleCentre = new double[] {MapPane.normaliseLongitude(ll[1]), ll[0]};
            circleBefore = null;
            e.consume();
            return;
        }
        if (!vm.mapEditModeProperty().get()) {
            return; // navigation never edits: the press starts a pan
        }
        Zone z = zones.selectedProperty().get();
        if (z != null && z.kind() == Zone.Kind.CIRCLE) {
            org.locationtech.jts.geom.Point c = (org.locationtech.jts.geom.Point) z.geometry();
            javafx.geometry.Point2D cp = map.screenPointOf(c.getY(), c.getX());
            double rim = Geodesic.distance(c.getX(), c.getY(), ll[1], ll[0]);
            double metresPerPx = map.metresPerPixelAtCenter()
                    * Math.cos(Math.toRadians(map.centerLatProperty().get()))
                    / Math.cos(Math.toRadians(c.getY()));
            if (cp.distance(e.getX(), e.getY()) <= SITE_TOLERANCE_PX + 2) {
                circleEdit = CircleEdit.MOVE;
            } else if (Math.abs(rim - z.maxRadiusMetres()) <= 8 * metresPerPx) {
                circleEdit = CircleEdit.RESIZE;
            }
            if (circleEdit != null) {
                circleBefore = z;
                circleCentre = new double[] {c.getX(), c.getY()};
                e.consume();
                return;
            }
        }
        dragging = siteAt(e.getX(), e.getY()).orElse(null);
        dragPreview = null;
    }

    private void onDrag(MouseEvent e) {
        if (circleEdit != null) {
            e.consume();
            dragCircle(e);
            return;
        }
        if (dragging == null) {
            return;
        }
        e.consume(); // the map must not pan while a site is being moved
        double[] ll = map.latLonAt(e.getX(), e.getY());
        dragPreview = dragging.withLocation(MapPane.normaliseLongitude(ll[1]), ll[0]);
        map.setCursor(Cursor.MOVE);
        map.overlay().setSites(withPreview(), dragPreview);
    }

    private void dragCircle(MouseEvent e) {
        double[] ll = map.latLonAt(e.getX(), e.getY());
        double lon = MapPane.normaliseLongitude(ll[1]);
        Zone base = circleBefore;
        double radius;
        double[] centre = circleCentre;
        if (circleEdit == CircleEdit.MOVE) {
            centre = new double[] {lon, ll[0]};
            radius = base.maxRadiusMetres();
        } else {
            radius = Geodesic.distance(circleCentre[0], circleCentre[1], lon, ll[0]);
        }
        if (!(radius > 0)) {
            return;
        }
        org.locationtech.jts.geom.Point p = new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(centre[0], centre[1]));
        circlePreview = base == null
                ? new Zone(
                        zones.newId(),
                        "Radius " + (zones.zones().size() + 1),
                        Zone.Kind.CIRCLE,
                        null,
                        null,
                        p,
                        List.of(Zone.Band.disc(radius)),
                        false,
                        zones.nextColour(),
                        null)
                : base.withGeometry(p).withBands(List.of(Zone.Band.disc(radius)));
        List<ZoneShapes.Shape> shapes = new java.util.ArrayList<>(zoneShapes.get());
        if (base != null) {
            shapes.removeIf(sh -> sh.zone().id().equals(base.id()));
        }
        try {
            shapes.add(new ZoneShapes.Shape(circlePreview, 0, GeodesicBuffer.circle(centre[0], centre[1], radius)));
        } catch (BufferLimitException ex) {
            vm.statusProperty().set(ex.getMessage());
            return;
        }
        map.overlay().setZones(shapes, circlePreview.id(), vm.unitProperty().get());
        String r = ZonePainter.number(vm.unitProperty().get().fromMetres(radius)) + " "
                + vm.unitProperty().get().symbol();
        map.showHover(circleEdit == CircleEdit.MOVE ? "Move centre" : "Radius " + r, e.getX(), e.getY());
        vm.statusProperty().set((circleEdit == CircleEdit.MOVE ? "Moving " : "Radius ") + r);
    }

    private boolean releaseCircle() {
        if (circleEdit == null) {
            return false;
        }
        Zone before = circleBefore;
        Zone after = circlePreview;
        CircleEdit edit = circleEdit;
        circleEdit = null;
        circlePreview = null;
        circleBefore = null;
        if (edit == CircleEdit.DRAW) {
            cancelAddSite();
        }
        if (after != null) {
            if (before == null) {
                zones.add(after);
            } else {
                zones.update(before, after, edit == CircleEdit.MOVE ? "Move" : "Resize");
            }
            zones.selectedProperty().set(after);
        }
        return true;
    }

    private void onRelease(MouseEvent e) {
        if (releaseCircle()) {
            e.consume();
            return;
        }
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
