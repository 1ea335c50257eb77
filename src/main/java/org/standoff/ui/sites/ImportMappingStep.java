package org.standoff.ui.sites;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.standoff.io.csv.ColumnMapping;
import org.standoff.io.csv.SiteField;
import org.standoff.io.csv.SourceTable;

/**
 * Step 2 of the import wizard: the first {@value #PREVIEW_ROWS} rows in a table, and one
 * choice box per site field saying which column feeds it ("(none)" for no column), pre-filled
 * from the header by {@link ColumnMapping#auto}. Says where locations come from (latitude +
 * longitude columns, or one location column read as decimal, DMS, MGRS or WKT) and warns when
 * the id column is mapped, with a button to stop importing it.
 *
 * <p>Ids: {@code import-preview}, {@code map-<field>} (e.g. {@code map-latitude_deg}, the
 * field's {@link SiteField#exportName()}), {@code import-location-hint},
 * {@code import-id-warning}, {@code import-unmap-id}, {@code import-unmapped}.
 */
final class ImportMappingStep extends VBox {

    static final int PREVIEW_ROWS = 20;
    private static final Integer NONE = -1;

    private final SiteImportModel model;
    private final TableView<SourceTable.Row> preview = new TableView<>();
    private final Map<SiteField, ChoiceBox<Integer>> choices = new EnumMap<>(SiteField.class);
    private final Label locationHint = new Label();
    private final Label unmapped = new Label();
    private final HBox idWarning;
    private boolean updating;

    ImportMappingStep(SiteImportModel model) {
        super(8);
        this.model = model;
        setPadding(new Insets(4));
        preview.setId("import-preview");
        preview.setPrefHeight(220);
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        SiteField[] fields = SiteField.values();
        int half = (fields.length + 1) / 2;
        for (int i = 0; i < fields.length; i++) {
            SiteField f = fields[i];
            ChoiceBox<Integer> box = new ChoiceBox<>();
            box.setId("map-" + f.exportName());
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((o, was, now) -> chosen(f, now));
            choices.put(f, box);
            int col = i < half ? 0 : 2;
            int row = i < half ? i : i - half;
            grid.add(new Label(label(f)), col, row);
            grid.add(box, col + 1, row);
        }

        locationHint.setId("import-location-hint");
        locationHint.setWrapText(true);
        Label idText = new Label("The id column is mapped. Ids from another system clash with Standoff's "
                + "and make unrelated sites look like duplicates; sites get new ids on import anyway.");
        idText.setWrapText(true);
        idText.setMaxWidth(520);
        Button unmapId = new Button("Don't Import Ids");
        unmapId.setId("import-unmap-id");
        unmapId.setOnAction(e -> model.unmapId());
        idWarning = new HBox(10, idText, unmapId);
        idWarning.setId("import-id-warning");
        idWarning.setStyle("-fx-text-fill: #8a5a00; -fx-background-color: #fff4d6; -fx-padding: 6;");
        idWarning.managedProperty().bind(idWarning.visibleProperty());
        unmapped.setId("import-unmapped");
        unmapped.setWrapText(true);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(240);
        getChildren()
                .addAll(
                        new Label("First rows"),
                        preview,
                        new Label("Columns to import"),
                        scroll,
                        locationHint,
                        idWarning,
                        unmapped);
        model.sourceProperty().addListener((o, was, now) -> showSource(now));
        model.mappingProperty().addListener((o, was, now) -> showMapping(now));
        showSource(model.sourceProperty().get());
        showMapping(model.mappingProperty().get());
    }

    private void showSource(SourceTable table) {
        preview.getColumns().clear();
        preview.getItems().clear();
        if (table == null) {
            return;
        }
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            TableColumn<SourceTable.Row, String> c = new TableColumn<>(header.get(i));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().cell(column)));
            c.setSortable(false);
            preview.getColumns().add(c);
        }
        preview.getItems()
                .setAll(table.rows()
                        .subList(0, Math.min(PREVIEW_ROWS, table.rows().size())));
        StringConverter<Integer> names = new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null || i < 0 ? "(none)" : header.get(i);
            }

            @Override
            public Integer fromString(String s) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
        updating = true;
        try {
            for (ChoiceBox<Integer> box : choices.values()) {
                box.setConverter(names);
                box.getItems().setAll(NONE);
                for (int i = 0; i < header.size(); i++) {
                    box.getItems().add(i);
                }
            }
        } finally {
            updating = false;
        }
    }

    /** Shows the mapping in every box: mapping one column moves it away from another field. */
    private void showMapping(ColumnMapping m) {
        updating = true;
        try {
            for (Map.Entry<SiteField, ChoiceBox<Integer>> e : choices.entrySet()) {
                e.getValue().setValue(m == null ? NONE : m.column(e.getKey()).orElse(NONE));
            }
        } finally {
            updating = false;
        }
        if (m == null) {
            locationHint.setText("");
            idWarning.setVisible(false);
            unmapped.setText("");
            return;
        }
        boolean latLon = m.column(SiteField.LATITUDE).isPresent()
                && m.column(SiteField.LONGITUDE).isPresent();
        boolean one = m.column(SiteField.LOCATION).isPresent();
        locationHint.setText(
                latLon && one
                        ? "Location from the latitude and longitude columns; where a row has neither, "
                                + "from the location column."
                        : latLon
                                ? "Location from the latitude and longitude columns (decimal or DMS)."
                                : one
                                        ? "Location from one column: decimal pair, DMS, MGRS or WKT POINT."
                                        : "No location: map latitude and longitude, or one location column (DMS, MGRS, WKT). "
                                                + "Without a location every row would be rejected.");
        locationHint.setStyle(m.hasLocation() ? "" : "-fx-text-fill: #b00020;");
        idWarning.setVisible(model.idMapped());
        List<String> left = m.unmappedColumns();
        unmapped.setText(left.isEmpty() ? "" : "Not imported: " + String.join(", ", left));
    }

    private void chosen(SiteField field, Integer column) {
        if (updating || model.mappingProperty().get() == null) {
            return;
        }
        ColumnMapping m = model.mappingProperty().get();
        model.mappingProperty().set(column == null || column < 0 ? m.without(field) : m.with(field, column));
    }

    private static String label(SiteField f) {
        return switch (f) {
            case LATITUDE -> "Latitude";
            case LONGITUDE -> "Longitude";
            case LOCATION -> "Location (DMS/MGRS/WKT)";
            case CAPACITY_MW -> "Capacity (MW)";
            default -> {
                String s = f.exportName().replace('_', ' ');
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        };
    }
}
