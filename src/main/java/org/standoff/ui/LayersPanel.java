package org.standoff.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The layers panel on the left of the window. For now it lists the basemap with its
 * visibility toggle; data layers join it as they are loaded.
 */
final class LayersPanel extends VBox {

    LayersPanel(MainViewModel vm) {
        setId("layers-panel");
        getStyleClass().add("layers-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(220);

        Label title = new Label("Layers");
        title.getStyleClass().add("panel-title");

        CheckBox basemap = new CheckBox();
        basemap.setId("layer-basemap");
        basemap.textProperty().bind(Bindings.when(vm.onlineBasemapProperty())
                .then("Basemap: OpenStreetMap (online)")
                .otherwise("Basemap: offline"));
        basemap.selectedProperty().bindBidirectional(vm.basemapVisibleProperty());
        basemap.setTooltip(new Tooltip("Show or hide the basemap. Choose its source in View > Basemap."));

        Label hint = new Label("Add shapefiles of installations and substations with File > Add layer.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        getChildren().addAll(title, basemap, hint);
    }
}
