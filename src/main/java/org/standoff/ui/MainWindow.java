package org.standoff.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.standoff.analysis.Finding;
import org.standoff.geo.CoordinateFormat;
import org.standoff.io.csv.RulePresets;
import org.standoff.io.shapefile.ShapefileReadOptions;
import org.standoff.model.Feature;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.ui.analysis.AnalysisService;
import org.standoff.ui.analysis.FindingsSummary;
import org.standoff.ui.analysis.FindingsTable;
import org.standoff.ui.analysis.SitesNearDialog;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.command.UndoManager;
import org.standoff.ui.layers.LayerLoader;
import org.standoff.ui.layers.LayersViewModel;
import org.standoff.ui.map.MapPane;
import org.standoff.ui.project.ProjectController;
import org.standoff.ui.sites.FormSiteEditor;
import org.standoff.ui.sites.SiteDialogs;
import org.standoff.ui.sites.SiteEditor;
import org.standoff.ui.sites.SitesTable;
import org.standoff.ui.sites.SitesViewModel;
import org.standoff.ui.zones.ZonesPanel;
import org.standoff.ui.zones.ZonesViewModel;

/**
 * The main window's content: menu bar, layers panel, map, collapsible tables panel and status
 * bar, wired to the view models. Holds no state of its own beyond the controls.
 */
public final class MainWindow extends BorderPane implements MainMenus.Actions {

    private final MainViewModel vm;
    private final LayersViewModel layers;
    private final org.standoff.ui.layers.SiteAndZoneLayers siteZoneLayers;
    private final UndoManager undo;
    private final MapPane map;
    private final TitledPane tables = new TitledPane();
    private final LayerLoader loader;
    private final SitesViewModel sites;
    private final ZonesViewModel zones;
    private final AnalysisService analysis;
    private final ZonesPanel zonesPanel;
    private final UiExecutor executor;
    private TabPane tabs;
    private FindingsTable findingsTable;
    private final ProjectController project;
    private final org.standoff.ui.registry.RegistryController registry;
    private final MapController controller;
    private SiteEditor siteEditor = new FormSiteEditor();
    private final SiteDialogs siteDialogs;
    private final Runnable onBasemapSourceChanged;
    private final Runnable onQuit;

    /**
     * @param onBasemapSourceChanged called after the user switches offline/online basemap
     * @param onQuit                 called for File &gt; Quit
     */
    public MainWindow(MainViewModel vm, UiExecutor executor, Runnable onBasemapSourceChanged, Runnable onQuit) {
        this.vm = vm;
        this.undo = new UndoManager();
        this.layers = new LayersViewModel(undo);
        this.siteZoneLayers = new org.standoff.ui.layers.SiteAndZoneLayers();
        this.map = new MapPane(executor::onFxThread, executor.pools());
        this.onBasemapSourceChanged = onBasemapSourceChanged;
        this.onQuit = onQuit;
        this.printExecutor = executor;
        this.loader = new LayerLoader(layers, executor, vm.runningTaskProperty(), l -> {
            if (l == null) {
                vm.statusProperty().set("The source file has not changed: nothing to reload");
                return;
            }
            map.fit(l.data().envelope());
            vm.statusProperty()
                    .set("Added " + l.name() + ": " + l.data().features().size() + " features, role "
                            + l.role().label());
        });
        setId("main-window");
        this.sites = new SitesViewModel(undo, Clock.systemUTC());
        this.siteDialogs = new SiteDialogs(sites, executor);
        this.executor = executor;
        this.project = new ProjectController(new MainProjectBench(this), undo, executor, vm.settings());
        this.registry = new org.standoff.ui.registry.RegistryController(new MainRegistryHost(this), executor);
        this.zones = new ZonesViewModel(undo);
        zones.ruleSets().setAll(RulePresets.load());
        this.analysis = new AnalysisService(layers, sites, zones, executor);
        this.zonesPanel = new ZonesPanel(zones, vm.unitProperty(), new MainZoneActions(this));
        this.controller = new MapController(map, layers, sites, zones, vm, () -> siteEditor, this::window);
        controller.setZoneShapes(() -> analysis.shapesProperty().get());
        controller.setSitesShown(() -> siteZoneLayers.sitesVisibleProperty().get());
        this.measure = new MeasureTool(map, this::redrawLines, (path, area) -> {
            String text = area == null
                    ? path.describe(vm.unitProperty().get())
                    : area.describe(vm.unitProperty().get());
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            String shown = area == null ? text : area.summary(vm.unitProperty().get());
            vm.statusProperty().set("Measured " + shown + " (copied; Esc clears)");
        });
        controller.setMeasureTool(measure);

        map.setId("map");
        vm.cursorLatProperty().bind(map.cursorLatProperty());
        vm.cursorLonProperty().bind(map.cursorLonProperty());
        map.zoomProperty().addListener((o, a, b) -> updateScale());
        map.centerLatProperty().addListener((o, a, b) -> updateScale());
        map.widthProperty().addListener((o, a, b) -> updateScale());
        vm.basemapVisibleProperty().addListener((o, a, b) -> map.setBasemapVisible(b));
        layers.layers().addListener((ListChangeListener<ProjectLayer>) c -> redrawLayers());
        layers.identifiedProperty().addListener((o, a, b) -> redrawLayers());
        sites.sites().addListener((ListChangeListener<MiningSite>) c -> redrawSites());
        analysis.shapesProperty().addListener((o, a, b) -> redrawZones());
        analysis.shapeProblemProperty()
                .addListener((o, a, b) -> vm.statusProperty().set(b));
        analysis.pendingProperty().addListener((o, a, b) -> zonesPanel.setCountsPending(b));
        // a layout saved or a briefing text changed is a change to the project, to be saved with it
        briefingLayouts.revisionProperty().addListener((o, a, b) -> project.markChanged());
        analysis.failureProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.statusProperty().set(b);
            }
        });
        zones.selectedProperty().addListener((o, a, b) -> redrawZones());
        vm.unitProperty().addListener((o, a, b) -> {
            redrawZones();
            redrawLines();
        });
        // invalidation, not change, listeners on the findings: a change listener compares the old and new maps
        // entry by entry (100,000 findings) on every publish
        analysis.findingsProperty().addListener(o -> {
            zonesPanel.setCounts(
                    analysis.resultProperty().get().counts()); // counted with the findings, off this thread
            zonesPanel.setCountsPending(analysis.pendingProperty().get());
            redrawLines();
            map.siteLabels().setFindings(analysis.findingsProperty().get());
        });
        sites.selectedProperty().addListener((o, a, b) -> {
            redrawSites();
            redrawLines();
            if (b != null && (a == null || a.id() != b.id())) {
                map.centerOn(b.lat(), b.lon());
            }
        });
        map.setOnDragOver(this::onDragOver);
        map.setOnDragDropped(this::onDragDropped);

        tables.setId("tables-panel");
        tables.setText("Tables");
        tables.setExpanded(false);
        tables.setAnimated(false);
        TabPane tabs = new TabPane();
        tabs.setPrefHeight(240);
        Tab sitesTab = new Tab("Sites", new SitesTable(sites));
        sitesTab.setClosable(false);
        sitesTab.setId("tab-sites");
        this.findingsTable = new FindingsTable(analysis, sites, vm.unitProperty(), executor);
        Tab findingsTab = new Tab("Findings", findingsTable);
        findingsTab.setClosable(false);
        findingsTab.setId("tab-findings");
        FindingsSummary summary = new FindingsSummary(analysis, vm.unitProperty());
        Tab summaryTab = new Tab("Summary", summary);
        // the summary is only computed while it can be seen
        summaryTab
                .selectedProperty()
                .addListener((o, a, b) -> javafx.application.Platform.runLater(summary::refreshIfShown));
        tables.expandedProperty()
                .addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
                    summary.refreshIfShown();
                    findingsTable.refreshIfShown();
                }));
        findingsTab
                .selectedProperty()
                .addListener((o, a, b) -> javafx.application.Platform.runLater(findingsTable::refreshIfShown));
        summaryTab.setClosable(false);
        summaryTab.setId("tab-summary");
        tabs.getTabs().addAll(sitesTab, findingsTab, summaryTab);
        this.tabs = tabs;
        tables.setContent(tabs);

        org.standoff.ui.map.MapLegend legend = new org.standoff.ui.map.MapLegend();
        legend.visibleProperty()
                .bind(javafx.beans.binding.Bindings.isNotEmpty(sites.sites())
                        .and(siteZoneLayers.sitesVisibleProperty()));
        // the sites and the zones as layers: shown, hidden or restyled, the map and the legend follow, and the project
        // has changed
        javafx.beans.InvalidationListener siteZoneChange = o -> {
            legend.show(siteZoneLayers.siteStyleProperty().get().scheme());
            map.overlay()
                    .setSiteAndZoneLayers(
                            siteZoneLayers.drawnSiteStyle(),
                            siteZoneLayers.zonesVisibleProperty().get());
            project.markChanged();
        };
        siteZoneLayers.sitesVisibleProperty().addListener(siteZoneChange);
        siteZoneLayers.zonesVisibleProperty().addListener(siteZoneChange);
        siteZoneLayers.siteStyleProperty().addListener(siteZoneChange);
        // the map edit mode, visible on the map itself: off, a drag pans; on, a drag moves sites and circle zones
        javafx.scene.control.ToggleButton editOnMap = new javafx.scene.control.ToggleButton("Move on map");
        editOnMap.setId("map-edit-toggle");
        editOnMap.setFocusTraversable(false);
        editOnMap.setTooltip(new javafx.scene.control.Tooltip(
                "Drag sites and circle zones to move them (Ctrl+M). Off: dragging pans the map."));
        editOnMap.selectedProperty().bindBidirectional(vm.mapEditModeProperty());
        vm.mapEditModeProperty().addListener((o, a, b) -> {
            map.setCursor(b ? javafx.scene.Cursor.MOVE : javafx.scene.Cursor.DEFAULT);
            vm.statusProperty()
                    .set(
                            b
                                    ? "Move on map: drag a site, or a selected circle zone's centre or rim (Ctrl+M to stop)"
                                    : "Navigation: dragging pans the map");
            redrawSites();
        });
        GoToBox goTo = new GoToBox(
                map,
                executor,
                sites::sites,
                zones::zones,
                layers::layers,
                t -> vm.statusProperty().set(t));
        this.goToBox = goTo;
        javafx.scene.layout.StackPane mapStack = new javafx.scene.layout.StackPane(map, legend, editOnMap, goTo);
        javafx.scene.layout.StackPane.setAlignment(goTo, javafx.geometry.Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(goTo, new javafx.geometry.Insets(8));
        javafx.scene.layout.StackPane.setAlignment(editOnMap, javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.layout.StackPane.setMargin(editOnMap, new javafx.geometry.Insets(8));
        javafx.scene.layout.StackPane.setAlignment(legend, javafx.geometry.Pos.BOTTOM_LEFT);
        javafx.scene.layout.StackPane.setMargin(legend, new javafx.geometry.Insets(8));
        BorderPane centre = new BorderPane(mapStack);
        centre.setBottom(tables);
        LayersPanel panel = new LayersPanel(
                vm,
                layers,
                this::editStyle,
                l -> map.fit(l.data().envelope()),
                this::addLayer,
                loader::reload,
                this::openAttributeTable,
                zonesPanel,
                siteZoneLayers,
                javafx.beans.binding.Bindings.size(sites.sites()),
                javafx.beans.binding.Bindings.size(zones.zones()));
        SplitPane split = new SplitPane(panel, centre);
        split.setDividerPositions(0.23);
        SplitPane.setResizableWithParent(panel, false);

        setTop(MainMenus.build(vm, undo, this, project, registry));
        setCenter(split);
        setBottom(new StatusBar(vm));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                s.windowProperty().addListener((o2, a2, w) -> loader.setOwner(w));
            }
        });
    }

    public MapPane map() {
        return map;
    }

    public LayersViewModel layers() {
        return layers;
    }

    /** The sites and zones as map layers: shown or hidden, and how sites are drawn. */
    public org.standoff.ui.layers.SiteAndZoneLayers siteZoneLayers() {
        return siteZoneLayers;
    }

    public UndoManager undoManager() {
        return undo;
    }

    /** Reloads a layer from its source shapefile, as the layer's context menu does. */
    public void reloadLayer(ProjectLayer layer) {
        loader.reload(layer);
    }

    /** Loads a shapefile as a new layer, as File > Add Layer does after the file dialog. */
    public void loadLayer(Path shp) {
        loader.load(shp, ShapefileReadOptions.defaults());
    }

    private void redrawZones() {
        Zone sel = zones.selectedProperty().get();
        map.overlay()
                .setZones(
                        analysis.shapesProperty().get(),
                        sel == null ? null : sel.id(),
                        vm.unitProperty().get());
    }

    private final MeasureTool measure;
    private GoToBox goToBox;

    /** Open attribute tables, by layer id: one window per layer. */
    private final java.util.Map<String, javafx.stage.Stage> attributeTables = new java.util.HashMap<>();

    /**
     * Opens (or brings to the front) the attribute table of a layer in a window of its own; it
     * closes with the layer's removal.
     */
    void openAttributeTable(ProjectLayer layer) {
        assert javafx.application.Platform.isFxApplicationThread();
        javafx.stage.Stage open = attributeTables.get(layer.id());
        if (open != null) {
            open.toFront();
            return;
        }
        org.standoff.ui.layers.AttributeTable pane = new org.standoff.ui.layers.AttributeTable(
                new org.standoff.ui.layers.AttributeTableModel(layer),
                layers,
                f -> map.fit(f.geometry().getEnvelopeInternal()));
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(window());
        stage.setTitle("Attributes: " + layer.name());
        stage.setScene(new javafx.scene.Scene(pane, 900, 480));
        attributeTables.put(layer.id(), stage);
        javafx.collections.ListChangeListener<ProjectLayer> removed = c -> {
            if (layers.layers().stream().noneMatch(l -> l.id().equals(layer.id()))) {
                stage.close();
            }
        };
        layers.layers().addListener(removed);
        stage.setOnHidden(e -> {
            pane.dispose();
            layers.layers().removeListener(removed);
            attributeTables.remove(layer.id());
        });
        stage.show();
    }

    /** The open attribute table windows, by layer id (for tests). */
    java.util.Map<String, javafx.stage.Stage> attributeTables() {
        return attributeTables;
    }

    /** The map's Go to box (for tests and the screenshot tour). */
    GoToBox goToField() {
        return goToBox;
    }

    /** Puts the cursor in the map's Go to box (Ctrl+G). */
    @Override
    public void goTo() {
        goToBox.requestFocus();
        goToBox.selectAll();
    }

    /** Starts the measure tool (Analysis › Measure Distance, Ctrl+D). */
    @Override
    public void measureDistance() {
        measure.start();
        vm.statusProperty().set("Measure: click points along the path, double-click the last one (Esc to cancel)");
    }

    /** Starts the measure tool for an area (Analysis › Measure Area, Ctrl+Shift+D). */
    @Override
    public void measureArea() {
        measure.start(true);
        vm.statusProperty()
                .set(
                        "Measure area: click the corners, double-click the last one; the outline closes itself (Esc to cancel)");
    }

    /** The last measured area, or null (for tests). */
    org.standoff.geo.GeodesicArea measuredArea() {
        return measure.area();
    }

    /** The last measured path, or null (for tests). */
    org.standoff.geo.GeodesicPath measuredPath() {
        return measure.path();
    }

    /** Lines from the selected site to its nearest installation and substation, labelled with the distance, and the measured path. */
    private void redrawLines() {
        MiningSite s = sites.selectedProperty().get();
        List<double[]> lines = new java.util.ArrayList<>(measure == null ? List.of() : measure.segments());
        if (s != null) {
            Finding f = analysis.findingsProperty().get().get(s.id());
            if (f != null && f.siteId() == s.id()) {
                f.nearestInstallation()
                        .ifPresent(n -> lines.add(
                                new double[] {s.lon(), s.lat(), n.nearestLon(), n.nearestLat(), n.distanceMetres()}));
                f.nearestSubstation()
                        .ifPresent(n -> lines.add(
                                new double[] {s.lon(), s.lat(), n.nearestLon(), n.nearestLat(), n.distanceMetres()}));
            }
        }
        map.overlay().setLines(lines);
    }

    public ZonesViewModel zones() {
        return zones;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    private void redrawSites() {
        map.overlay().setSites(sites.sites(), sites.selectedProperty().get());
        map.siteLabels()
                .setSites(
                        List.copyOf(sites.sites()), analysis.findingsProperty().get());
    }

    public SitesViewModel sites() {
        return sites;
    }

    /** Replaces the dialogs used to add, edit and delete sites. */
    public void setSiteEditor(SiteEditor editor) {
        this.siteEditor = editor;
    }

    private void redrawLayers() {
        LayersViewModel.Identified id = layers.identifiedProperty().get();
        Set<Feature> selection = id == null ? Set.of() : Set.of(id.feature());
        map.overlay().setContent(layers.drawingOrder(), selection);
    }

    private void updateScale() {
        if (map.getWidth() > 0 && map.getHeight() > 0) {
            vm.metresPerPixelProperty().set(map.metresPerPixelAtCenter());
        }
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()
                && e.getDragboard().getFiles().stream().map(File::toPath).anyMatch(LayerLoader::accepts)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        boolean any = false;
        if (e.getDragboard().hasFiles()) {
            for (File f : e.getDragboard().getFiles()) {
                if (LayerLoader.accepts(f.toPath())) {
                    loadLayer(f.toPath());
                    any = true;
                }
            }
        }
        e.setDropCompleted(any);
        e.consume();
    }

    private void editStyle(ProjectLayer layer) {
        org.standoff.ui.layers.LayerStyleDialog.edit(window(), layer)
                .ifPresent(edited -> layers.change(layer, edited, "Style " + layer.name()));
    }

    /** Map navigation keys work wherever focus is, except while typing into a text field. */
    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String ch = e.getText();
        KeyCode code = e.getCode();
        if ("+".equals(ch) || "=".equals(ch) || code == KeyCode.ADD || code == KeyCode.PLUS || code == KeyCode.EQUALS) {
            map.zoomBy(1);
        } else if ("-".equals(ch) || code == KeyCode.SUBTRACT || code == KeyCode.MINUS) {
            map.zoomBy(-1);
        } else if (code == KeyCode.ESCAPE) {
            if (!controller.cancelAddSite()) {
                layers.identifiedProperty().set(null);
                sites.selectedProperty().set(null);
            }
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE)
                && sites.selectedProperty().get() != null) {
            controller.deleteSelected();
        } else if (code == KeyCode.ENTER
                && sites.selectedProperty().get() != null
                && !(e.getTarget() instanceof javafx.scene.control.ButtonBase)) {
            controller.editSelected();
        } else if (e.getTarget() == map && code.isArrowKey()) {
            double d = MapPane.PAN_STEP_PX;
            map.panBy(
                    code == KeyCode.LEFT ? -d : code == KeyCode.RIGHT ? d : 0,
                    code == KeyCode.UP ? -d : code == KeyCode.DOWN ? d : 0);
        } else {
            return;
        }
        e.consume();
    }

    @Override
    public void addSite() {
        controller.startAddSite();
    }

    @Override
    public void addSiteAtCoordinates() {
        siteEditor
                .add(window(), Double.NaN, Double.NaN)
                .ifPresent(s -> sites.selectedProperty().set(sites.add(s)));
    }

    @Override
    public void editSite() {
        controller.editSelected();
    }

    @Override
    public void deleteSite() {
        controller.deleteSelected();
    }

    @Override
    public boolean hasSelectedSite() {
        return sites.selectedProperty().get() != null;
    }

    MainViewModel viewModel() {
        return vm;
    }

    MapController controller() {
        return controller;
    }

    UiExecutor executor() {
        return executor;
    }

    FindingsTable findingsTable() {
        return findingsTable;
    }

    public ProjectController project() {
        return project;
    }

    public org.standoff.ui.registry.RegistryController registry() {
        return registry;
    }

    @Override
    public void runProximity() {
        analysis.run();
        tables.setExpanded(true);
        tabs.getSelectionModel().select(1);
    }

    @Override
    public void showSummary() {
        analysis.run();
        tables.setExpanded(true);
        tabs.getSelectionModel().select(2);
    }

    @Override
    public void sitesNearIdentified() {
        LayersViewModel.Identified id = layers.identifiedProperty().get();
        if (id == null) {
            vm.statusProperty().set("Click an installation or substation on the map first");
            return;
        }
        SitesNearDialog.show(
                window(),
                id.layer().data().featureName(id.feature()),
                id.feature().geometry(),
                sites,
                vm.unitProperty().get(),
                executor);
    }

    @Override
    public void importSites() {
        siteDialogs.importSites(window());
    }

    @Override
    public void exportSites() {
        siteDialogs.export(window(), List.copyOf(sites.sites()));
    }

    @Override
    public void addLayer() {
        loader.chooseAndLoad();
    }

    @Override
    public void quit() {
        onQuit.run();
    }

    @Override
    public void zoomBy(int levels) {
        map.zoomBy(levels);
    }

    @Override
    public void wholeUs() {
        map.showWholeUs();
    }

    @Override
    public void toggleTables(boolean expanded) {
        tables.setExpanded(expanded);
    }

    @Override
    public boolean tablesExpanded() {
        return tables.isExpanded();
    }

    @Override
    public Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    @Override
    public void setOnlineBasemap(boolean online) {
        if (vm.onlineBasemapProperty().get() == online) {
            return;
        }
        vm.onlineBasemapProperty().set(online);
        onBasemapSourceChanged.run();
        map.reloadTiles();
        vm.statusProperty().set(online ? "Online basemap: tiles are fetched from OpenStreetMap" : "Offline basemap");
    }

    @Override
    public void copyCursorPosition() {
        double lat = map.centerLatProperty().get();
        double lon = map.centerLonProperty().get();
        if (!Double.isNaN(vm.cursorLatProperty().get())) {
            lat = vm.cursorLatProperty().get();
            lon = vm.cursorLonProperty().get();
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(
                CoordinateFormat.latLon(lat, lon, vm.coordinateStyleProperty().get()));
        Clipboard.getSystemClipboard().setContent(c);
        vm.statusProperty().set("Copied " + c.getString());
    }

    // Briefing map printing (ui.print). The named layouts live here so they outlast the dialog.
    private final UiExecutor printExecutor;
    private final org.standoff.ui.print.BriefingLayouts briefingLayouts = new org.standoff.ui.print.BriefingLayouts();

    /** The project's named briefing layouts: save them with {@code toSettings()}, restore with {@code load(map)}. */
    public org.standoff.ui.print.BriefingLayouts briefingLayouts() {
        return briefingLayouts;
    }

    @Override
    public void printBriefing() {
        org.standoff.ui.print.BriefingDialog.show(
                window(),
                () -> new org.standoff.print.ProjectSnapshot(
                        layers.drawingOrder(),
                        sites.sites(),
                        zones.zones(),
                        analysis.shapesProperty().get(),
                        zones.ruleSets(),
                        analysis.findingsProperty().get(),
                        vm.unitProperty().get(),
                        map.overlay().currentViewport()),
                briefingLayouts,
                printExecutor);
    }
}
