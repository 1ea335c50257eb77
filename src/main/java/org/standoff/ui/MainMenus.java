package org.standoff.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.standoff.Version;
import org.standoff.geo.CoordinateStyle;
import org.standoff.geo.LengthUnit;
import org.standoff.ui.command.UndoManager;

/**
 * The menu bar: File, Edit, View, Analysis, Registry, Help, each item with an id (for tests) and, where
 * it has one, an accelerator. Actions are handed in by the window; this class only builds.
 */
final class MainMenus {

    /** What the menus do; implemented by the main window. */
    interface Actions {
        void addLayer();

        void runProximity();

        void showSummary();

        void sitesNearIdentified();

        void measureDistance();

        void measureArea();

        void goTo();

        void importSites();

        void exportSites();

        void printBriefing();

        void addSite();

        void addSiteAtCoordinates();

        void editSite();

        void deleteSite();

        boolean hasSelectedSite();

        void quit();

        void copyCursorPosition();

        void zoomBy(int levels);

        void wholeUs();

        void setOnlineBasemap(boolean online);

        void toggleTables(boolean expanded);

        boolean tablesExpanded();

        javafx.stage.Window window();
    }

    private MainMenus() {}

    static MenuBar build(
            MainViewModel vm,
            UndoManager undo,
            Actions a,
            org.standoff.ui.project.ProjectController project,
            org.standoff.ui.registry.RegistryController registry) {
        MenuBar bar = new MenuBar(
                file(a, project), edit(undo, a, vm), view(vm, a), analysis(a), registry(a, registry), help(a));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu file(Actions a, org.standoff.ui.project.ProjectController p) {
        MenuItem newP =
                item("New Project", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newP.setOnAction(e -> p.newProject());
        MenuItem open = item("Open…", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> p.open());
        MenuItem sample = item("Open Sample Project", "menu-open-sample", null);
        sample.setOnAction(e -> p.openSample());
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-recent");
        MenuItem save = item("Save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> p.save());
        MenuItem saveAs = item(
                "Save As…",
                "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> p.saveAs());
        MenuItem close =
                item("Close Project", "menu-close", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        close.setOnAction(e -> p.newProject());
        Menu menu = fileItems(a);
        menu.getItems()
                .addAll(
                        0,
                        java.util.List.of(
                                newP,
                                open,
                                recent,
                                sample,
                                new SeparatorMenuItem(),
                                save,
                                saveAs,
                                close,
                                new SeparatorMenuItem()));
        menu.setOnShowing(e -> {
            recent.getItems().clear();
            for (java.nio.file.Path path : p.recent()) {
                MenuItem m = new MenuItem(path.getFileName() + "  —  " + path.getParent());
                m.setOnAction(ev -> {
                    if (p.confirmDiscard()) {
                        p.openFile(path);
                    }
                });
                recent.getItems().add(m);
            }
            recent.setDisable(recent.getItems().isEmpty());
        });
        return menu;
    }

    private static Menu fileItems(Actions a) {
        MenuItem add =
                item("Add Layer…", "menu-add-layer", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        add.setOnAction(e -> a.addLayer());
        MenuItem importSites = item(
                "Import Sites…", "menu-import-sites", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importSites.setOnAction(e -> a.importSites());
        MenuItem exportSites = item("Export Sites…", "menu-export-sites", null);
        exportSites.setOnAction(e -> a.exportSites());
        MenuItem print = item(
                "Print Briefing Map…", "menu-print", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.setOnAction(e -> a.printBriefing());
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> a.quit());
        return new Menu(
                "_File",
                null,
                add,
                new SeparatorMenuItem(),
                importSites,
                exportSites,
                new SeparatorMenuItem(),
                print,
                new SeparatorMenuItem(),
                quit);
    }

    private static Menu edit(UndoManager undo, Actions a, MainViewModel vm) {
        MenuItem u = item("Undo", "menu-undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        u.textProperty()
                .bind(Bindings.when(undo.canUndoProperty())
                        .then(Bindings.concat("Undo ", undo.undoNameProperty()))
                        .otherwise("Undo"));
        u.disableProperty().bind(undo.canUndoProperty().not());
        u.setOnAction(e -> undo.undo());
        MenuItem r = item("Redo", "menu-redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        r.textProperty()
                .bind(Bindings.when(undo.canRedoProperty())
                        .then(Bindings.concat("Redo ", undo.redoNameProperty()))
                        .otherwise("Redo"));
        r.disableProperty().bind(undo.canRedoProperty().not());
        r.setOnAction(e -> undo.redo());
        MenuItem addSite = item(
                "Add Site on Map",
                "menu-add-site",
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        addSite.setOnAction(e -> a.addSite());
        MenuItem addAt = item("Add Site at Coordinates…", "menu-add-site-at", null);
        addAt.setOnAction(e -> a.addSiteAtCoordinates());
        MenuItem editSite =
                item("Edit Site…", "menu-edit-site", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        editSite.setOnAction(e -> a.editSite());
        MenuItem deleteSite = item("Delete Site", "menu-delete-site", new KeyCodeCombination(KeyCode.DELETE));
        deleteSite.setOnAction(e -> a.deleteSite());
        MenuItem copy = item(
                "Copy Cursor Position",
                "menu-copy-position",
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copy.setOnAction(e -> a.copyCursorPosition());
        javafx.scene.control.CheckMenuItem moveOnMap =
                new javafx.scene.control.CheckMenuItem("Move Sites and Zones on Map");
        moveOnMap.setId("menu-map-edit");
        moveOnMap.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        moveOnMap.selectedProperty().bindBidirectional(vm.mapEditModeProperty());
        Menu edit = new Menu(
                "_Edit",
                null,
                u,
                r,
                new SeparatorMenuItem(),
                addSite,
                addAt,
                editSite,
                deleteSite,
                moveOnMap,
                new SeparatorMenuItem(),
                copy);
        edit.setOnShowing(e -> {
            editSite.setDisable(!a.hasSelectedSite());
            deleteSite.setDisable(!a.hasSelectedSite());
        });
        return edit;
    }

    private static Menu view(MainViewModel vm, Actions a) {
        MenuItem zoomIn =
                item("Zoom In", "menu-zoom-in", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> a.zoomBy(1));
        MenuItem zoomOut =
                item("Zoom Out", "menu-zoom-out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> a.zoomBy(-1));
        MenuItem wholeUs = item("Whole US", "menu-whole-us", new KeyCodeCombination(KeyCode.HOME));
        wholeUs.setOnAction(e -> a.wholeUs());

        Menu coords = new Menu("Coordinates");
        ToggleGroup coordGroup = new ToggleGroup();
        for (CoordinateStyle style : CoordinateStyle.values()) {
            RadioMenuItem r = new RadioMenuItem(
                    style == CoordinateStyle.DECIMAL ? "Decimal Degrees" : "Degrees, Minutes, Seconds");
            r.setId("menu-coords-" + style.name().toLowerCase(Locale.ROOT));
            r.setToggleGroup(coordGroup);
            r.setSelected(vm.coordinateStyleProperty().get() == style);
            r.setOnAction(e -> vm.coordinateStyleProperty().set(style));
            vm.coordinateStyleProperty().addListener((o, old, now) -> r.setSelected(now == style));
            coords.getItems().add(r);
        }

        Menu units = new Menu("Distance Units");
        ToggleGroup unitGroup = new ToggleGroup();
        for (LengthUnit u : new LengthUnit[] {LengthUnit.MILE, LengthUnit.KILOMETRE, LengthUnit.NAUTICAL_MILE}) {
            RadioMenuItem r = new RadioMenuItem(capitalise(u.label()) + " (" + u.symbol() + ")");
            r.setId("menu-unit-" + u.symbol());
            r.setToggleGroup(unitGroup);
            r.setSelected(vm.unitProperty().get() == u);
            r.setOnAction(e -> vm.unitProperty().set(u));
            units.getItems().add(r);
        }

        Menu basemap = new Menu("Basemap");
        ToggleGroup sourceGroup = new ToggleGroup();
        RadioMenuItem offline = new RadioMenuItem("Offline (bundled)");
        offline.setId("menu-basemap-offline");
        RadioMenuItem online = new RadioMenuItem("OpenStreetMap (online)");
        online.setId("menu-basemap-online");
        offline.setToggleGroup(sourceGroup);
        online.setToggleGroup(sourceGroup);
        (vm.onlineBasemapProperty().get() ? online : offline).setSelected(true);
        offline.setOnAction(e -> a.setOnlineBasemap(false));
        online.setOnAction(e -> a.setOnlineBasemap(true));
        CheckMenuItem show = new CheckMenuItem("Show Basemap");
        show.setId("menu-basemap-show");
        show.selectedProperty().bindBidirectional(vm.basemapVisibleProperty());
        basemap.getItems().addAll(offline, online, new SeparatorMenuItem(), show);

        CheckMenuItem tables = new CheckMenuItem("Tables Panel");
        tables.setId("menu-tables-panel");
        tables.setAccelerator(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        tables.setOnAction(e -> a.toggleTables(tables.isSelected()));
        Menu view = new Menu(
                "_View",
                null,
                zoomIn,
                zoomOut,
                wholeUs,
                new SeparatorMenuItem(),
                coords,
                units,
                basemap,
                new SeparatorMenuItem(),
                tables);
        view.setOnShowing(e -> tables.setSelected(a.tablesExpanded()));
        return view;
    }

    private static Menu analysis(Actions a) {
        MenuItem proximity =
                item("Proximity", "menu-proximity", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        proximity.setOnAction(e -> a.runProximity());
        MenuItem summary = item("Summary", "menu-summary", null);
        summary.setOnAction(e -> a.showSummary());
        MenuItem near = item(
                "Sites Near Identified Feature…",
                "menu-sites-near",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        near.setOnAction(e -> a.sitesNearIdentified());
        MenuItem measure = item(
                "Measure Distance", "menu-measure", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        measure.setOnAction(e -> a.measureDistance());
        MenuItem measureArea = item(
                "Measure Area",
                "menu-measure-area",
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        measureArea.setOnAction(e -> a.measureArea());
        MenuItem goTo = item("Go To…", "menu-goto", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        goTo.setOnAction(e -> a.goTo());
        return new Menu(
                "_Analysis", null, proximity, summary, new SeparatorMenuItem(), near, measure, measureArea, goTo);
    }

    /** The team registry (docs/REGISTRY.md); what the connected role may not do is disabled or said. */
    private static Menu registry(Actions a, org.standoff.ui.registry.RegistryController r) {
        MenuItem connect = item("Connect…", "menu-registry-connect", null);
        connect.setOnAction(e -> r.connect());
        MenuItem sync = item("Sync", "menu-registry-sync", null);
        sync.setOnAction(e -> r.sync());
        MenuItem conflicts = item("Conflicts…", "menu-registry-conflicts", null);
        conflicts.setOnAction(e -> r.showConflicts());
        MenuItem history = item("Site History…", "menu-registry-history", null);
        history.setOnAction(e -> r.showHistory());
        MenuItem role = item("Not connected in this session", "menu-registry-role", null);
        role.setDisable(true);
        Menu menu = new Menu(
                "_Registry",
                null,
                connect,
                sync,
                conflicts,
                new SeparatorMenuItem(),
                history,
                new SeparatorMenuItem(),
                role);
        menu.setOnShowing(e -> {
            org.standoff.io.registry.RegistryAccess access = r.accessProperty().get();
            role.setText(access == null ? "Not connected in this session" : access.describe());
            sync.setText(access != null && !access.edit() ? "Sync (pull only: your role may not push)" : "Sync");
            sync.setDisable(access != null && !access.read());
            history.setDisable(!a.hasSelectedSite() || access != null && !access.read());
        });
        return menu;
    }

    private static Menu help(Actions a) {
        MenuItem keys = item("Keyboard Shortcuts", "menu-keys", new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> shortcuts(a));
        MenuItem about = item("About Standoff", "menu-about", null);
        about.setOnAction(e -> info(
                a,
                "About Standoff",
                "Standoff " + Version.get(),
                "Proximity of cryptocurrency mining sites to military installations and substations.\n\n"
                        + "Basemap: U.S. Census Bureau cartographic boundaries (us-atlas) and Natural Earth (world-atlas; lakes and rivers via Marble), public domain.\n"
                        + "Places: GeoNames (geonames.org), CC BY 4.0; US counties and states: U.S. Census Bureau.\n"
                        + "Standoff screens distances; it gives no legal verdicts."));
        return new Menu("_Help", null, keys, about);
    }

    /** Every shortcut, in aligned columns (F1). */
    static final String[][] SHORTCUTS = {
        {"Drag", "pan the map (never edits)"},
        {"Mouse wheel, + / -", "zoom around the cursor / in and out"},
        {"Arrow keys", "pan (map focused)"},
        {"Home", "whole US"},
        {"Click", "identify a site or feature"},
        {"Esc", "cancel a tool; clear the selection"},
        {"Ctrl+M", "move sites and circle zones on the map (on / off)"},
        {"Ctrl+D", "measure a distance (double-click ends)"},
        {"Ctrl+Shift+D", "measure an area (double-click ends)"},
        {"Ctrl+G", "go to coordinates, MGRS, a place or a name"},
        {"Ctrl+N / Ctrl+O", "new / open project"},
        {"Ctrl+S / Ctrl+Shift+S", "save / save as"},
        {"Ctrl+W", "close the project"},
        {"Ctrl+L", "add a layer"},
        {"Ctrl+I", "import sites"},
        {"Ctrl+Shift+A", "add a site on the map"},
        {"Ctrl+E", "edit the selected site"},
        {"Delete", "delete the selected site"},
        {"Ctrl+R", "run the proximity analysis"},
        {"Ctrl+Shift+N", "sites near the identified feature"},
        {"Ctrl+P", "print a briefing map"},
        {"Ctrl+Z / Ctrl+Y", "undo / redo"},
        {"Ctrl+J", "show / hide the tables"},
        {"Ctrl+Shift+C", "copy the cursor position"},
        {"F1", "this list"},
        {"Ctrl+Q", "quit"}
    };

    private static void shortcuts(Actions a) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("shortcuts-grid");
        grid.setHgap(18);
        grid.setVgap(3);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            javafx.scene.control.Label key = new javafx.scene.control.Label(SHORTCUTS[i][0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, key, new javafx.scene.control.Label(SHORTCUTS[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.initOwner(a.window());
        alert.show();
    }

    private static void info(Actions a, String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.initOwner(a.window());
        alert.show();
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(accelerator);
        }
        return m;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
