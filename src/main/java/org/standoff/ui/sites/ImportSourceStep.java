package org.standoff.ui.sites;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.standoff.io.store.TableInfo;

/**
 * Step 1 of the import wizard: the file, and how it is read. For a CSV file, the encoding and
 * delimiter detected are shown and can be overridden (the file is read again); for an SQLite
 * or GeoPackage file, its tables are listed to choose from.
 *
 * <p>Ids: {@code import-file}, {@code import-browse}, {@code import-encoding},
 * {@code import-delimiter}, {@code import-detected}, {@code import-tables}, {@code import-read}.
 */
final class ImportSourceStep extends VBox {

    /** The encodings offered besides "detect": what CSV files met in practice are saved in. */
    private static final Charset[] ENCODINGS = {
        StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1
    };

    private static final Character[] DELIMITERS = {',', ';', '\t', '|'};

    private final SiteImportModel model;
    private final ChoiceBox<Charset> encoding = new ChoiceBox<>();
    private final ChoiceBox<Character> delimiter = new ChoiceBox<>();

    /** @param chooseFile asks the user for a file (a file chooser), or returns null */
    ImportSourceStep(SiteImportModel model, Supplier<Path> chooseFile) {
        super(10);
        this.model = model;
        setPadding(new Insets(4));

        Label file = new Label();
        file.setId("import-file");
        file.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.fileProperty().get() == null
                                ? "No file chosen"
                                : model.fileProperty().get().toString(),
                        model.fileProperty()));
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Choose File\u2026");
        browse.setId("import-browse");
        browse.setOnAction(e -> {
            Path p = chooseFile.get();
            if (p != null) {
                model.open(p);
            }
        });
        HBox fileRow = new HBox(10, file, browse);

        encoding.setId("import-encoding");
        encoding.getItems().add(null);
        encoding.getItems().addAll(ENCODINGS);
        encoding.setConverter(converter(c -> c == null ? "Detect" : c.displayName()));
        delimiter.setId("import-delimiter");
        delimiter.getItems().add(null);
        delimiter.getItems().addAll(DELIMITERS);
        delimiter.setConverter(converter(ImportSourceStep::delimiterName));
        encoding.setValue(null);
        delimiter.setValue(null);
        encoding.valueProperty().addListener((o, was, now) -> model.readCsv(now, delimiter.getValue()));
        delimiter.valueProperty().addListener((o, was, now) -> model.readCsv(encoding.getValue(), now));
        Label detected = new Label();
        detected.setId("import-detected");
        detected.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.charsetProperty().get() == null
                                ? ""
                                : "Read as " + model.charsetProperty().get().displayName() + ", "
                                        + delimiterName(
                                                model.delimiterProperty().get()) + " separated",
                        model.charsetProperty(),
                        model.delimiterProperty()));
        GridPane csv = new GridPane();
        csv.setHgap(10);
        csv.setVgap(6);
        csv.addRow(0, new Label("Encoding"), encoding);
        csv.addRow(1, new Label("Delimiter"), delimiter);
        csv.add(detected, 0, 2, 2, 1);
        csv.visibleProperty().bind(model.kindProperty().isEqualTo(SiteImportModel.SourceKind.CSV));
        csv.managedProperty().bind(csv.visibleProperty());

        ListView<TableInfo> tables = new ListView<>(model.tables());
        tables.setId("import-tables");
        tables.setPrefHeight(160);
        tables.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TableInfo t, boolean empty) {
                super.updateItem(t, empty);
                setText(
                        empty || t == null
                                ? null
                                : t.name() + " (" + t.rowCount() + " rows"
                                        + (t.isFeatureTable() ? ", geometry in " + t.geometryColumn() : "") + ")");
            }
        });
        model.tables().addListener((javafx.collections.ListChangeListener<TableInfo>) c -> {
            if (!model.tables().isEmpty()) {
                tables.getSelectionModel().selectFirst();
            }
        });
        tables.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            // The model reads the first table itself; only a different choice needs a read.
            if (now != null && was != null) {
                model.readTable(now);
            }
        });
        VBox table = new VBox(6, new Label("Table"), tables);
        table.visibleProperty().bind(model.kindProperty().isEqualTo(SiteImportModel.SourceKind.TABLE));
        table.managedProperty().bind(table.visibleProperty());

        Label read = new Label();
        read.setId("import-read");
        read.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.sourceProperty().get() == null
                                ? ""
                                : model.sourceProperty().get().rows().size() + " rows, "
                                        + model.sourceProperty().get().header().size() + " columns read from "
                                        + model.sourceProperty().get().name(),
                        model.sourceProperty()));
        getChildren().addAll(fileRow, csv, table, read);
    }

    static String delimiterName(Character c) {
        if (c == null) {
            return "Detect";
        }
        return switch (c) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "vertical bar";
            default -> "\u201c" + c + "\u201d";
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
    }
}
