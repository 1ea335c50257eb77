package org.standoff.ui.registry;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.standoff.io.registry.Conflict;
import org.standoff.io.registry.SiteSync;

/**
 * The open conflicts, one row per field: the site, the field, the value both had (base), yours,
 * theirs, and who made theirs. Keep Mine / Take Theirs settle the selected rows (through the
 * controller, in the background); the list is replaced by {@link #show} when they are done.
 */
final class ConflictsDialog extends Dialog<Void> {

    private final ObservableList<Conflict> rows = FXCollections.observableArrayList();
    private final TableView<Conflict> table = new TableView<>(rows);
    private final Label summary = new Label();

    ConflictsDialog(Window owner, BiConsumer<List<Conflict>, SiteSync.Resolution> resolve) {
        initOwner(owner);
        setTitle("Registry Conflicts");
        setHeaderText(
                "You and another analyst changed these fields differently. Choose, field by field; then Sync to send the result.");
        setResizable(true);
        table.setId("registry-conflicts");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("Site or zone", k -> k.siteName() == null ? k.uid() : k.siteName(), 170));
        table.getColumns().add(column("Field", Conflict::field, 100));
        table.getColumns().add(column("Base", k -> text(k.base()), 150));
        table.getColumns().add(column("Yours", k -> text(k.mine()), 190));
        table.getColumns().add(column("Theirs", k -> text(k.theirs()), 190));
        table.getColumns()
                .add(column(
                        "Changed by", k -> k.changedBy() + ", " + RegistryController.shortTime(k.changedAt()), 215));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        Button mine = new Button("Keep Mine");
        mine.setId("registry-keep-mine");
        Button theirs = new Button("Take Theirs");
        theirs.setId("registry-take-theirs");
        mine.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        theirs.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        mine.setOnAction(e -> resolve.accept(
                List.copyOf(table.getSelectionModel().getSelectedItems()), SiteSync.Resolution.KEEP_MINE));
        theirs.setOnAction(e -> resolve.accept(
                List.copyOf(table.getSelectionModel().getSelectedItems()), SiteSync.Resolution.TAKE_THEIRS));
        summary.setId("registry-conflicts-summary");
        HBox buttons = new HBox(8, mine, theirs, summary);
        getDialogPane().setContent(new VBox(8, table, buttons));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setPrefWidth(1060);
    }

    /** Shows {@code conflicts} in place of the previous list. */
    void show(List<Conflict> conflicts) {
        rows.setAll(conflicts);
        summary.setText(
                conflicts.isEmpty()
                        ? "No open conflicts: Sync to send your choices."
                        : conflicts.size() + " open conflict(s)");
    }

    private static String text(String s) {
        return s == null ? "(not set)" : s;
    }

    private static TableColumn<Conflict, String> column(
            String title, java.util.function.Function<Conflict, String> value, double width) {
        TableColumn<Conflict, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(
                        empty || item == null
                                ? null
                                : new javafx.scene.control.Tooltip(item)); // the whole value when the column cuts it
            }
        });
        return c;
    }
}
