package org.standoff.ui.sites;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteStatus;
import org.standoff.render.SiteSymbols;

/**
 * The sites table of the bottom panel: every site, sortable by any column and filtered by
 * text, status, control and country, virtualised (TableView) so 100,000 rows scroll smoothly.
 * The selected row and {@link SitesViewModel#selectedProperty()} follow each other both ways.
 */
public final class SitesTable extends VBox {

    private final TableView<MiningSite> table = new TableView<>();
    private final FilteredList<MiningSite> filtered;
    private final Label count = new Label();
    private SitesFilter filter = SitesFilter.NONE;
    private boolean syncing;

    public SitesTable(SitesViewModel vm) {
        setId("sites-table-panel");
        setSpacing(4);
        setPadding(new Insets(4));
        filtered = new FilteredList<>(vm.sites(), filter);
        SortedList<MiningSite> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("sites-table");
        table.setPlaceholder(new Label("No sites yet: Edit > Add Site, or File > Import Sites."));
        table.getColumns().add(column("Name", 200, MiningSite::name));
        table.getColumns().add(column("Status", 120, s -> s.status().display(SiteStatus::code)));
        table.getColumns()
                .add(column(
                        "Control",
                        90,
                        s -> SiteSymbols.Control.of(s) == SiteSymbols.Control.FOREIGN
                                ? "foreign"
                                : SiteSymbols.Control.of(s) == SiteSymbols.Control.DOMESTIC ? "domestic" : "unknown"));
        table.getColumns().add(column("Owner country", 110, MiningSite::ownerCountry));
        table.getColumns().add(column("Operator", 140, MiningSite::operator));
        TableColumn<MiningSite, Double> mw = new TableColumn<>("MW");
        mw.setCellValueFactory(c ->
                new ReadOnlyObjectWrapper<>(c.getValue().capacityMw().known().orElse(null)));
        mw.setPrefWidth(60);
        table.getColumns().add(mw);
        table.getColumns().add(column("Confidence", 100, s -> s.confidence().display(c -> c.code())));
        table.getColumns().add(column("Latitude", 90, s -> String.format(Locale.ROOT, "%.5f", s.lat())));
        table.getColumns().add(column("Longitude", 95, s -> String.format(Locale.ROOT, "%.5f", s.lon())));
        table.getColumns().add(column("Source", 220, MiningSite::source));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField text = new TextField();
        text.setId("sites-filter-text");
        text.setPromptText("Filter: name, operator, owner, country…");
        text.textProperty().addListener((o, a, b) -> apply(filter.withText(b)));
        ComboBox<Object> status = new ComboBox<>();
        status.setId("sites-filter-status");
        status.getItems().add("Any status");
        status.getItems().addAll((Object[]) SitesFilter.StatusChoice.values());
        status.getSelectionModel().select(0);
        status.valueProperty()
                .addListener((o, a, b) -> apply(filter.withStatus(b instanceof SitesFilter.StatusChoice c ? c : null)));
        ComboBox<Object> control = new ComboBox<>();
        control.setId("sites-filter-control");
        control.getItems().add("Any control");
        control.getItems().addAll((Object[]) SiteSymbols.Control.values());
        control.getSelectionModel().select(0);
        control.valueProperty()
                .addListener((o, a, b) -> apply(filter.withControl(b instanceof SiteSymbols.Control c ? c : null)));
        TextField country = new TextField();
        country.setPromptText("Country");
        country.setPrefColumnCount(8);
        country.textProperty().addListener((o, a, b) -> apply(filter.withCountry(b)));
        count.setId("sites-count");
        HBox bar = new HBox(6, text, status, control, country, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(bar, table);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                vm.selectedProperty().set(b);
                syncing = false;
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            if (b == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
            syncing = false;
        });
        vm.sites().addListener((javafx.collections.ListChangeListener<MiningSite>) c -> updateCount(vm));
        updateCount(vm);
    }

    public TableView<MiningSite> table() {
        return table;
    }

    private void apply(SitesFilter f) {
        filter = f;
        filtered.setPredicate(f);
        count.setText(filtered.size() + " shown");
    }

    private void updateCount(SitesViewModel vm) {
        count.setText(
                filtered.size() == vm.sites().size()
                        ? vm.sites().size() + " sites"
                        : filtered.size() + " of " + vm.sites().size() + " shown");
    }

    private static TableColumn<MiningSite, String> column(
            String title, double width, Function<MiningSite, String> value) {
        TableColumn<MiningSite, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
