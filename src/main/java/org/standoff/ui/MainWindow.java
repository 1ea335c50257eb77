package org.standoff.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.standoff.Version;
import org.standoff.geo.CoordinateFormat;
import org.standoff.geo.CoordinateStyle;
import org.standoff.geo.LengthUnit;
import org.standoff.ui.map.MapPane;

/**
 * The main window's content: menu bar, layers panel, map, collapsible tables panel and status
 * bar, wired to a {@link MainViewModel}. Holds no state of its own beyond the controls.
 */
public final class MainWindow extends BorderPane {

    private final MainViewModel vm;
    private final MapPane map = new MapPane();
    private final TitledPane tables = new TitledPane();
    private final Runnable onBasemapSourceChanged;
    private final Runnable onQuit;

    /**
     * @param onBasemapSourceChanged called after the user switches offline/online basemap
     * @param onQuit                 called for File &gt; Quit
     */
    public MainWindow(MainViewModel vm, Runnable onBasemapSourceChanged, Runnable onQuit) {
        this.vm = vm;
        this.onBasemapSourceChanged = onBasemapSourceChanged;
        this.onQuit = onQuit;
        setId("main-window");

        map.setId("map");
        vm.cursorLatProperty().bind(map.cursorLatProperty());
        vm.cursorLonProperty().bind(map.cursorLonProperty());
        map.zoomProperty().addListener((o, a, b) -> updateScale());
        map.centerLatProperty().addListener((o, a, b) -> updateScale());
        map.widthProperty().addListener((o, a, b) -> updateScale());
        vm.basemapVisibleProperty().addListener((o, a, b) -> map.setBasemapVisible(b));

        tables.setId("tables-panel");
        tables.setText("Tables");
        tables.setExpanded(false);
        tables.setAnimated(false);
        TabPane tabs = new TabPane();
        tabs.setPrefHeight(220);
        Label empty = new Label("Sites and findings tables appear here once there are sites and layers to analyse.");
        empty.getStyleClass().add("hint");
        tables.setContent(new VBox(empty, tabs));

        BorderPane centre = new BorderPane(map);
        centre.setBottom(tables);
        SplitPane split = new SplitPane(new LayersPanel(vm), centre);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);

        setTop(menuBar());
        setCenter(split);
        setBottom(new StatusBar(vm));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public MapPane map() {
        return map;
    }

    private void updateScale() {
        if (map.getWidth() > 0 && map.getHeight() > 0) {
            vm.metresPerPixelProperty().set(map.metresPerPixelAtCenter());
        }
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
        } else if (code == KeyCode.LEFT && e.getTarget() == map) {
            map.panBy(-120, 0);
        } else if (code == KeyCode.RIGHT && e.getTarget() == map) {
            map.panBy(120, 0);
        } else if (code == KeyCode.UP && e.getTarget() == map) {
            map.panBy(0, -120);
        } else if (code == KeyCode.DOWN && e.getTarget() == map) {
            map.panBy(0, 120);
        } else {
            return;
        }
        e.consume();
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), analysisMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem quit = item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> onQuit.run());
        return new Menu("_File", null, quit);
    }

    private Menu editMenu() {
        MenuItem copy = item("Copy Cursor Position", "menu-copy-position",
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        copy.setOnAction(e -> copyCursorPosition());
        return new Menu("_Edit", null, copy);
    }

    private Menu viewMenu() {
        MenuItem zoomIn = item("Zoom In", "menu-zoom-in", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> map.zoomBy(1));
        MenuItem zoomOut = item("Zoom Out", "menu-zoom-out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> map.zoomBy(-1));
        MenuItem wholeUs = item("Whole US", "menu-whole-us", new KeyCodeCombination(KeyCode.HOME));
        wholeUs.setOnAction(e -> map.showWholeUs());

        Menu coords = new Menu("Coordinates");
        ToggleGroup coordGroup = new ToggleGroup();
        for (CoordinateStyle style : CoordinateStyle.values()) {
            RadioMenuItem r = new RadioMenuItem(style == CoordinateStyle.DECIMAL ? "Decimal Degrees" : "Degrees, Minutes, Seconds");
            r.setId("menu-coords-" + style.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(coordGroup);
            r.setSelected(vm.coordinateStyleProperty().get() == style);
            r.setOnAction(e -> vm.coordinateStyleProperty().set(style));
            vm.coordinateStyleProperty().addListener((o, a, b) -> r.setSelected(b == style));
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
        offline.setOnAction(e -> setOnline(false));
        online.setOnAction(e -> setOnline(true));
        CheckMenuItem show = new CheckMenuItem("Show Basemap");
        show.setId("menu-basemap-show");
        show.selectedProperty().bindBidirectional(vm.basemapVisibleProperty());
        basemap.getItems().addAll(offline, online, new SeparatorMenuItem(), show);

        CheckMenuItem tablesItem = new CheckMenuItem("Tables Panel");
        tablesItem.setId("menu-tables-panel");
        tablesItem.setAccelerator(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        tablesItem.selectedProperty().bindBidirectional(tables.expandedProperty());

        return new Menu("_View", null, zoomIn, zoomOut, wholeUs, new SeparatorMenuItem(), coords, units, basemap,
                new SeparatorMenuItem(), tablesItem);
    }

    private Menu analysisMenu() {
        MenuItem proximity = new MenuItem("Proximity (needs layers and sites)");
        proximity.setDisable(true);
        return new Menu("_Analysis", null, proximity);
    }

    private Menu helpMenu() {
        MenuItem about = item("About Standoff", "menu-about", null);
        about.setOnAction(e -> about());
        MenuItem keys = item("Keyboard Shortcuts", "menu-keys", new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> shortcuts());
        return new Menu("_Help", null, keys, about);
    }

    private void setOnline(boolean online) {
        if (vm.onlineBasemapProperty().get() == online) {
            return;
        }
        vm.onlineBasemapProperty().set(online);
        onBasemapSourceChanged.run();
        map.reloadTiles();
        vm.statusProperty().set(online ? "Online basemap: tiles are fetched from OpenStreetMap" : "Offline basemap");
    }

    private void copyCursorPosition() {
        double lat = map.centerLatProperty().get();
        double lon = map.centerLonProperty().get();
        if (!Double.isNaN(vm.cursorLatProperty().get())) {
            lat = vm.cursorLatProperty().get();
            lon = vm.cursorLonProperty().get();
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(CoordinateFormat.latLon(lat, lon, vm.coordinateStyleProperty().get()));
        Clipboard.getSystemClipboard().setContent(c);
        vm.statusProperty().set("Copied " + c.getString());
    }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("About Standoff");
        a.setHeaderText("Standoff " + Version.get());
        a.setContentText("Proximity of cryptocurrency mining sites to military installations and substations.\n\n"
                + "Basemap: U.S. Census Bureau cartographic boundaries (us-atlas) and Natural Earth (world-atlas), public domain.\n"
                + "Standoff screens distances; it gives no legal verdicts.");
        a.initOwner(getScene().getWindow());
        a.show();
    }

    private void shortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Keyboard Shortcuts");
        a.setHeaderText("Map navigation");
        a.setContentText("+ / -\tzoom in / out\nMouse wheel\tzoom around the cursor\nDrag\tpan\nArrow keys\tpan (map focused)\n"
                + "Home\twhole US\nCtrl+J\tshow / hide tables\nCtrl+Shift+C\tcopy cursor position\nCtrl+Q\tquit");
        a.initOwner(getScene().getWindow());
        a.show();
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
