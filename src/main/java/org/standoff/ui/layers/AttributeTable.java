package org.standoff.ui.layers;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.standoff.model.Feature;

/**
 * A layer's attribute table: one row per feature and one column per field, sorted by clicking a
 * column header, narrowed by the filter box. Selecting a row identifies that feature (the map
 * highlights it and the identify panel shows it); identifying a feature of this layer on the map
 * selects and reveals its row. "Zoom to" shows the selected feature. The table shows the layer's
 * data as it was opened: a layer reloaded from its source needs the table opened again. JavaFX
 * thread only.
 */
public final class AttributeTable extends BorderPane {

    private final AttributeTableModel model;
    private final LayersViewModel layers;
    private final TableView<Feature> table = new TableView<>();
    private boolean following;
    private final javafx.beans.value.ChangeListener<LayersViewModel.Identified> identified = (o, a, b) -> follow(b);

    /**
     * @param zoomTo shows a feature on the map
     */
    public AttributeTable(AttributeTableModel model, LayersViewModel layers, Consumer<Feature> zoomTo) {
        this.model = model;
        this.layers = layers;
        setId("attribute-table-pane");
        setPadding(new Insets(8));

        TextField filter = new TextField();
        filter.setId("attribute-filter");
        filter.setPromptText("Filter: any value containing…");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label(model.countText());
        count.setId("attribute-count");
        model.rows()
                .addListener((javafx.collections.ListChangeListener<Feature>) c -> count.setText(model.countText()));
        Button zoom = new Button("Zoom to");
        zoom.setId("attribute-zoom");
        zoom.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        zoom.setOnAction(e -> zoomTo.accept(table.getSelectionModel().getSelectedItem()));
        HBox top = new HBox(8, filter, count, zoom);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 6, 0));
        setTop(top);

        table.setId("attribute-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        TableColumn<Feature, Object> id = new TableColumn<>("#");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        id.setComparator(AttributeTableModel.VALUE_ORDER);
        id.setPrefWidth(60);
        table.getColumns().add(id);
        java.util.List<String> names = model.columns();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<Feature, Object> col = new TableColumn<>(names.get(i));
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                    index < c.getValue().valueCount() ? c.getValue().value(index) : null));
            col.setComparator(AttributeTableModel.VALUE_ORDER);
            col.setPrefWidth(width(names.get(i), index));
            table.getColumns().add(col);
        }
        SortedList<Feature> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No feature has a value containing the filter text"));
        setCenter(table);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && !following) {
                LayersViewModel.Identified now = layers.identifiedProperty().get();
                if (now == null || now.feature() != f) {
                    layers.identifiedProperty().set(new LayersViewModel.Identified(model.layer(), f));
                }
            }
        });
        layers.identifiedProperty().addListener(identified);
        follow(layers.identifiedProperty().get());
    }

    /** Selects and reveals the identified feature's row when it is one of this layer's, and clears the selection otherwise. */
    private void follow(LayersViewModel.Identified id) {
        following = true;
        try {
            if (id == null || !id.layer().id().equals(model.layer().id())) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int row = table.getItems().indexOf(id.feature());
            if (row < 0) {
                table.getSelectionModel().clearSelection(); // filtered out
                return;
            }
            table.getSelectionModel().clearAndSelect(row);
            table.scrollTo(Math.max(0, row - 3));
        } finally {
            following = false;
        }
    }

    /** A column wide enough for its header and the values of the first rows, within 70 to 300 pixels. */
    private double width(String header, int index) {
        int chars = header.length() + 2;
        java.util.List<Feature> features = model.layer().data().features();
        for (int r = 0; r < Math.min(200, features.size()); r++) {
            chars = Math.max(
                    chars, AttributeTableModel.text(features.get(r), index).length());
        }
        return Math.max(70, Math.min(300, chars * 7.5 + 16));
    }

    /** The table (for tests). */
    TableView<Feature> table() {
        return table;
    }

    /** Stops following the identified feature (when the window closes). */
    public void dispose() {
        layers.identifiedProperty().removeListener(identified);
    }
}
