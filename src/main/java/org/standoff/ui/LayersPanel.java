package org.standoff.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.standoff.model.ProjectLayer;
import org.standoff.render.SiteStyle;
import org.standoff.render.SiteSymbols;
import org.standoff.render.SymbolShapes;
import org.standoff.render.SymbolStyle;
import org.standoff.ui.layers.AttributesPanel;
import org.standoff.ui.layers.LayerInfo;
import org.standoff.ui.layers.LayersViewModel;
import org.standoff.ui.layers.SiteAndZoneLayers;

/**
 * The panel on the left: the mining sites and the zones as the two top layers (shown or hidden;
 * sites categorised and sized), the data layers (top drawn on top) with visibility, colour and
 * role, their actions (style, zoom to, attribute table, reorder, remove), the basemap toggle, and the
 * attributes of the identified feature.
 */
final class LayersPanel extends VBox {

    private final LayersViewModel layers;
    private final ListView<ProjectLayer> list = new ListView<>();

    /**
     * @param onStyle  opens the style dialog for a layer
     * @param onZoomTo frames a layer on the map
     * @param onAdd    asks for a file to add
     */
    LayersPanel(
            MainViewModel vm,
            LayersViewModel layers,
            Consumer<ProjectLayer> onStyle,
            Consumer<ProjectLayer> onZoomTo,
            Runnable onAdd,
            Consumer<ProjectLayer> onReload,
            Consumer<ProjectLayer> onTable,
            javafx.scene.Node zonesPanel,
            SiteAndZoneLayers siteZones,
            javafx.beans.binding.IntegerExpression siteCount,
            javafx.beans.binding.IntegerExpression zoneCount) {
        this.layers = layers;
        setId("layers-panel");
        getStyleClass().add("layers-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(300);

        Label title = new Label("Layers");
        title.getStyleClass().add("panel-title");

        list.setId("layer-list");
        list.setItems(layers.layers());
        list.setCellFactory(l -> new LayerCell(onStyle, onZoomTo, onReload, onTable));
        list.setPrefHeight(110);
        list.setMinHeight(80);
        Label empty = new Label(
                "Add shapefiles of installations and substations: File > Add Layer, or drop .shp files on the map.");
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.SOMETIMES);

        Button add = button("+", "Add a shapefile layer (Ctrl+L)", onAdd);
        add.setId("layer-add");
        Button up = button("▲", "Move the selected layer up", () -> selected(l -> layers.move(l, -1)));
        Button down = button("▼", "Move the selected layer down", () -> selected(l -> layers.move(l, 1)));
        Button remove = button("✕", "Remove the selected layer (undoable)", () -> selected(layers::remove));
        remove.setId("layer-remove");
        Button zoom = button("Fit", "Zoom to the selected layer", () -> selected(onZoomTo));
        Button table = button("Table", "Open the selected layer's attribute table", () -> selected(onTable));
        table.setId("layer-table");
        for (Button b : new Button[] {up, down, remove, zoom, table}) {
            b.disableProperty()
                    .bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox actions = new HBox(4, add, up, down, zoom, table, remove);

        CheckBox basemap = new CheckBox();
        basemap.setId("layer-basemap");
        basemap.textProperty()
                .bind(Bindings.when(vm.onlineBasemapProperty())
                        .then("Basemap: OpenStreetMap (online)")
                        .otherwise("Basemap: offline"));
        basemap.selectedProperty().bindBidirectional(vm.basemapVisibleProperty());
        basemap.setTooltip(new Tooltip("Show or hide the basemap. Choose its source in View > Basemap."));

        getChildren()
                .addAll(
                        title,
                        sitesRow(siteZones, siteCount),
                        zonesRow(siteZones, zoneCount),
                        list,
                        actions,
                        basemap,
                        new javafx.scene.control.Separator(),
                        zonesPanel,
                        new AttributesPanel(layers));
    }

    /** The sites' row: shown or hidden, and a menu of what the symbols say and how large they are. */
    private static HBox sitesRow(SiteAndZoneLayers siteZones, javafx.beans.binding.IntegerExpression count) {
        CheckBox visible = new CheckBox();
        visible.setId("layer-sites-visible");
        visible.selectedProperty().bindBidirectional(siteZones.sitesVisibleProperty());
        visible.setTooltip(new Tooltip("Show or hide the mining sites on the map"));
        Label name = new Label();
        name.textProperty().bind(Bindings.format("Mining sites · %,d", count));
        MenuButton style = new MenuButton("Style");
        style.setId("layer-sites-style");
        style.setFocusTraversable(false);
        style.setTooltip(new Tooltip("What the site symbols show, and their size on screen; the legend follows"));
        ToggleGroup schemes = new ToggleGroup();
        for (SiteSymbols.Scheme scheme : SiteSymbols.Scheme.values()) {
            RadioMenuItem item =
                    new RadioMenuItem("By " + scheme.label().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                            + scheme.label().substring(1));
            item.setId("site-scheme-" + scheme.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(schemes);
            item.setOnAction(e -> siteZones.setScheme(scheme));
            style.getItems().add(item);
        }
        style.getItems().add(new SeparatorMenuItem());
        ToggleGroup sizes = new ToggleGroup();
        for (double px : new double[] {7, SiteSymbols.SIZE, 12, 15}) {
            RadioMenuItem item = new RadioMenuItem(String.format(java.util.Locale.ROOT, "Symbols %.0f px", px));
            item.setId("site-size-" + (int) px);
            item.setToggleGroup(sizes);
            item.setOnAction(e -> siteZones
                    .siteStyleProperty()
                    .set(siteZones.siteStyleProperty().get().withSizePx(px)));
            style.getItems().add(item);
        }
        // the ticks follow the style, also when a project is opened
        Runnable tick = () -> {
            SiteStyle st = siteZones.siteStyleProperty().get();
            style.getItems().forEach(i -> {
                if (i instanceof RadioMenuItem r) {
                    r.setSelected(
                            r.getId().equals("site-scheme-" + st.scheme().name().toLowerCase(java.util.Locale.ROOT))
                                    || r.getId().equals("site-size-" + (int) st.sizePx()));
                }
            });
        };
        siteZones.siteStyleProperty().addListener((o, a, b) -> tick.run());
        tick.run();
        Polygon swatch = new Polygon(SymbolShapes.outline(SymbolStyle.Shape.CIRCLE, 12));
        swatch.setFill(Color.web("#d7191c"));
        swatch.setStroke(Color.WHITE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, visible, swatch, name, spacer, style);
        row.setId("layer-sites");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 0, 0, 4));
        return row;
    }

    /** The zones' row: shown or hidden on the map (the zones panel below lists them). */
    private static HBox zonesRow(SiteAndZoneLayers siteZones, javafx.beans.binding.IntegerExpression count) {
        CheckBox visible = new CheckBox();
        visible.setId("layer-zones-visible");
        visible.selectedProperty().bindBidirectional(siteZones.zonesVisibleProperty());
        visible.setTooltip(new Tooltip("Show or hide the zones' outlines on the map; their counts still update"));
        Rectangle swatch = new Rectangle(14, 14, Color.web("#d95f02", 0.3));
        swatch.setStroke(Color.web("#d95f02"));
        Label name = new Label();
        name.textProperty().bind(Bindings.format("Zones · %,d", count));
        HBox row = new HBox(6, visible, swatch, name);
        row.setId("layer-zones");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 0, 0, 4));
        return row;
    }

    /** The layer's information (source, datum transformation and its accuracy, warnings) in a window. */
    private void info(ProjectLayer layer) {
        if (layer == null) {
            return;
        }
        javafx.scene.control.TextArea text =
                new javafx.scene.control.TextArea(String.join("\n", LayerInfo.lines(layer)));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 260);
        text.setId("layer-info-text");
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        a.setTitle("Layer Information");
        a.setHeaderText(layer.name());
        a.getDialogPane().setContent(text);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.show();
    }

    private void selected(Consumer<ProjectLayer> action) {
        ProjectLayer l = list.getSelectionModel().getSelectedItem();
        if (l != null) {
            action.accept(l);
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** A row: visibility box, colour swatch, name and role. */
    private final class LayerCell extends ListCell<ProjectLayer> {
        private final CheckBox visible = new CheckBox();
        private final Rectangle swatch = new Rectangle(14, 14);
        private final Label name = new Label();
        private final Label role = new Label();
        /** ⚠ when the layer's datum transformation is coarse or unknown, or reading its file warned. */
        private final Label warning = new Label("⚠");

        private final Tooltip warningTip = new Tooltip();
        private final HBox box;

        LayerCell(
                Consumer<ProjectLayer> onStyle,
                Consumer<ProjectLayer> onZoomTo,
                Consumer<ProjectLayer> onReload,
                Consumer<ProjectLayer> onTable) {
            role.getStyleClass().add("hint");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            warning.getStyleClass().add("layer-warning");
            warning.setStyle("-fx-text-fill: #b45309; -fx-font-weight: bold;");
            warning.setTooltip(warningTip);
            warning.setOnMouseClicked(e -> info(getItem()));
            box = new HBox(6, visible, swatch, warning, name, spacer, role);
            box.setAlignment(Pos.CENTER_LEFT);
            visible.setOnAction(e -> {
                if (getItem() != null) {
                    layers.setVisible(getItem(), visible.isSelected());
                }
            });
            MenuItem style = new MenuItem("Style…");
            style.setOnAction(e -> onStyle.accept(getItem()));
            MenuItem zoom = new MenuItem("Zoom to Layer");
            zoom.setOnAction(e -> onZoomTo.accept(getItem()));
            MenuItem table = new MenuItem("Open Attribute Table");
            table.setOnAction(e -> onTable.accept(getItem()));
            MenuItem up = new MenuItem("Move Up");
            up.setOnAction(e -> layers.move(getItem(), -1));
            MenuItem down = new MenuItem("Move Down");
            down.setOnAction(e -> layers.move(getItem(), 1));
            MenuItem remove = new MenuItem("Remove");
            remove.setOnAction(e -> layers.remove(getItem()));
            MenuItem reload = new MenuItem("Reload from Source");
            reload.setOnAction(e -> onReload.accept(getItem()));
            MenuItem info = new MenuItem("Layer Information…");
            info.setOnAction(e -> info(getItem()));
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    onStyle.accept(getItem());
                }
            });
            setContextMenu(new ContextMenu(style, info, zoom, table, reload, up, down, remove));
        }

        @Override
        protected void updateItem(ProjectLayer item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            visible.setSelected(item.visible());
            swatch.setFill(
                    Color.web(item.style().color(), Math.max(0.35, item.style().fillOpacity())));
            swatch.setStroke(Color.web(item.style().color()));
            name.setText(item.name());
            role.setText(item.role().label() + " · " + item.data().features().size());
            String badge = LayerInfo.badge(item);
            warning.setVisible(badge != null);
            warning.setManaged(badge != null);
            warningTip.setText(badge == null ? "" : badge + "\n(click for the layer's information)");
            setGraphic(box);
        }
    }
}
