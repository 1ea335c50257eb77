package org.standoff.ui.layers;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.standoff.model.Field;
import org.standoff.model.Layer;

/**
 * The attributes of the identified feature as a two-column table, with a close button; hidden
 * when nothing is identified. Its table is kept short so it never squeezes the layers list.
 */
public final class AttributesPanel extends VBox {

    /** One attribute row. */
    public record Row(String field, String value) {}

    private final Label title = new Label();
    private final TableView<Row> table = new TableView<>();

    public AttributesPanel(LayersViewModel vm) {
        setId("attributes-panel");
        setSpacing(4);
        setPadding(new Insets(8, 0, 0, 0));
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.control.Button close = new javafx.scene.control.Button("✕");
        close.setId("attributes-close");
        close.setTooltip(new javafx.scene.control.Tooltip("Close (Esc on the map)"));
        close.setFocusTraversable(false);
        close.setOnAction(e -> vm.identifiedProperty().set(null));
        javafx.scene.layout.HBox header = new javafx.scene.layout.HBox(4, title, close);
        header.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.layout.HBox.setHgrow(title, Priority.ALWAYS);
        TableColumn<Row, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        TableColumn<Row, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        field.setPrefWidth(90);
        value.setPrefWidth(140);
        table.getColumns().add(field);
        table.getColumns().add(value);
        table.setId("attributes-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        table.setMinHeight(80);
        getChildren().addAll(header, table);
        vm.identifiedProperty().addListener((o, a, b) -> show(b));
        show(null);
    }

    private void show(LayersViewModel.Identified id) {
        boolean any = id != null;
        setVisible(any);
        setManaged(any);
        table.getItems().clear();
        if (!any) {
            return;
        }
        Layer data = id.layer().data();
        title.setText(data.featureName(id.feature()) + " (" + id.layer().name() + ")");
        for (int i = 0; i < data.fields().size(); i++) {
            Field f = data.fields().get(i);
            Object v = id.feature().value(i);
            table.getItems().add(new Row(f.name(), v == null ? "" : v.toString()));
        }
        table.getItems()
                .add(new Row(
                        "(geometry)",
                        id.feature().geometry().getGeometryType()
                                + (id.feature().original().isPresent()
                                        ? ", repaired on loading (the file's outline was invalid)"
                                        : "")));
        data.source().ifPresent(s -> {
            table.getItems().add(new Row("(to WGS 84)", s.datumRecorded() ? s.datumOperation() : "not recorded"));
            s.datumWarning().ifPresent(w -> table.getItems().add(new Row("(warning)", "⚠ " + w)));
        });
    }
}
