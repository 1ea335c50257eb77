package org.standoff.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.standoff.analysis.Finding;
import org.standoff.analysis.FindingRow;
import org.standoff.export.FindingsExport;
import org.standoff.geo.LengthUnit;
import org.standoff.model.MiningSite;
import org.standoff.render.SiteSymbols;
import org.standoff.render.ZonePainter;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.sites.SitesViewModel;

/**
 * The findings table: one row per site with the nearest installation and substation and their
 * geodesic distances in the display unit, and the zones and rules it trips; sortable, filtered
 * ("within 30 mi of any base", "foreign-controlled", "in any zone"), columns chosen from the
 * table's menu button, exported to CSV or GeoJSON. Selecting a row selects the site.
 */
public final class FindingsTable extends VBox {

    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> filtered = new FilteredList<>(rows);
    private final TableView<FindingRow> table = new TableView<>();
    private final ObjectProperty<LengthUnit> unit;
    private final Label count = new Label();
    private FindingsFilter filter = FindingsFilter.NONE;
    private boolean syncing;

    public FindingsTable(
            AnalysisService analysis, SitesViewModel sites, ObjectProperty<LengthUnit> unit, UiExecutor executor) {
        this.unit = unit;
        setId("findings-panel");
        setSpacing(4);
        setPadding(new Insets(4));
        SortedList<FindingRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("findings-table");
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(placeholder);
        table.getColumns().add(text("Site", 180, r -> r.site().name()));
        table.getColumns()
                .add(text(
                        "Control",
                        80,
                        r -> SiteSymbols.Control.of(r.site()).name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns().add(text("Nearest installation", 190, FindingRow::installationName));
        table.getColumns().add(distance("Distance", FindingRow::installationMetres));
        table.getColumns()
                .add(text(
                        "Datum ±",
                        70,
                        r -> datumAccuracy(
                                r.installationDatumAccuracyMetres(), r.finding().nearestInstallation())));
        table.getColumns().add(text("Nearest substation", 170, FindingRow::substationName));
        table.getColumns().add(distance("Distance ", FindingRow::substationMetres));
        table.getColumns()
                .add(text(
                        "Datum ± ",
                        70,
                        r -> datumAccuracy(
                                r.substationDatumAccuracyMetres(), r.finding().nearestSubstation())));
        table.getColumns().add(text("Zones and rules", 280, FindingRow::zonesText));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField text = new TextField();
        text.setPromptText("Filter by site, installation, substation or zone");
        text.textProperty().addListener((o, a, b) -> apply(filter.withText(b)));
        TextField within = new TextField();
        within.setId("findings-within");
        within.setPrefColumnCount(4);
        within.setPromptText("any");
        within.textProperty().addListener((o, a, b) -> apply(filter.withMaxInstallationMetres(parse(b))));
        Label withinUnit = new Label();
        withinUnit
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> unit.get().symbol() + " of any installation", unit));
        CheckBox foreign = new CheckBox("Foreign-controlled");
        foreign.setId("findings-foreign");
        foreign.selectedProperty().addListener((o, a, b) -> apply(filter.withForeignOnly(b)));
        CheckBox inZone = new CheckBox("In any zone");
        inZone.setId("findings-in-zone");
        inZone.selectedProperty().addListener((o, a, b) -> apply(filter.withInZoneOnly(b)));
        MenuItem csv = new MenuItem("CSV…");
        csv.setOnAction(e -> export(executor, Format.CSV));
        MenuItem geojson = new MenuItem("GeoJSON…");
        geojson.setOnAction(e -> export(executor, Format.GEOJSON));
        MenuItem gpkg = new MenuItem("GeoPackage…");
        gpkg.setOnAction(e -> export(executor, Format.GEOPACKAGE));
        MenuButton exportButton = new MenuButton("Export", null, csv, geojson, gpkg);
        count.setId("findings-count");
        textField = text;
        withinField = within;
        foreignBox = foreign;
        inZoneBox = inZone;
        HBox bar = new HBox(6, text, new Label("Within"), within, withinUnit, foreign, inZone, count, exportButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(bar, table);

        // no map comparison (an invalidation listener), and no rows built while hidden: 100,000 rows on every publish;
        // built when shown (refreshIfShown) or asked for (shownRows, table)
        this.analysis = analysis;
        this.sitesModel = sites;
        analysis.findingsProperty().addListener(o -> {
            stale = true;
            refreshIfShown();
        });
        org.standoff.ui.base.Shown.onParentVisibility(this, this::refreshIfShown);
        this.pending = analysis.pendingProperty();
        pending.addListener((o, a, b) -> showPending(b));
        showPending(pending.get());
        unit.addListener((o, a, b) -> {
            apply(filter.withMaxInstallationMetres(parse(within.getText())));
            table.refresh();
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                syncing = true;
                sites.selectedProperty().set(sites.byId(b.site().id()).orElse(null));
                syncing = false;
            }
        });
        sites.selectedProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            FindingRow match = b == null
                    ? null
                    : table.getItems().stream()
                            .filter(r -> r.site().id() == b.id())
                            .findFirst()
                            .orElse(null);
            if (match == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(match);
                table.scrollTo(match);
            }
            syncing = false;
        });
    }

    private TextField withinField;
    private TextField textField;
    private CheckBox foreignBox;
    private CheckBox inZoneBox;

    /** The table's state for the project file: hidden columns and the filter. */
    public java.util.Map<String, String> state() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        m.put(
                "findings.hidden",
                String.join(
                        "|",
                        table.getColumns().stream()
                                .filter(c -> !c.isVisible())
                                .map(TableColumn::getText)
                                .toList()));
        m.put("findings.text", textField.getText());
        m.put("findings.within", withinField.getText());
        m.put("findings.foreign", Boolean.toString(foreignBox.isSelected()));
        m.put("findings.inZone", Boolean.toString(inZoneBox.isSelected()));
        return m;
    }

    /** Restores {@link #state()} from a project's settings; missing keys leave defaults. */
    public void restore(java.util.Map<String, String> settings) {
        java.util.Set<String> hidden =
                java.util.Set.of(settings.getOrDefault("findings.hidden", "").split("\\|"));
        table.getColumns().forEach(c -> c.setVisible(!hidden.contains(c.getText())));
        textField.setText(settings.getOrDefault("findings.text", ""));
        withinField.setText(settings.getOrDefault("findings.within", ""));
        foreignBox.setSelected(Boolean.parseBoolean(settings.getOrDefault("findings.foreign", "false")));
        inZoneBox.setSelected(Boolean.parseBoolean(settings.getOrDefault("findings.inZone", "false")));
    }

    public TableView<FindingRow> table() {
        current();
        return table;
    }

    /** The rows currently shown, in table order (built first if the findings changed while hidden). */
    public List<FindingRow> shownRows() {
        current();
        return List.copyOf(table.getItems());
    }

    private final AnalysisService analysis;
    private final SitesViewModel sitesModel;
    /** The rows do not answer the published findings: they changed while this view was hidden. */
    private boolean stale = true;

    /** Builds the rows if the findings changed and this view is showing; its tab and panel call this when shown. */
    public void refreshIfShown() {
        if (stale && org.standoff.ui.base.Shown.isShown(this)) {
            current();
        }
    }

    /** Builds the rows if stale, then selects the selected site's row as the map has it. */
    private void current() {
        if (!stale) {
            return;
        }
        stale = false;
        rebuild(sitesModel.sites(), analysis.findingsProperty().get());
        MiningSite selected = sitesModel.selectedProperty().get();
        if (selected != null && !syncing) {
            syncing = true;
            table.getItems().stream()
                    .filter(r -> r.site().id() == selected.id())
                    .findFirst()
                    .ifPresent(r -> {
                        table.getSelectionModel().select(r);
                        table.scrollTo(r);
                    });
            syncing = false;
        }
    }

    private final Label placeholder = new Label();
    private javafx.beans.value.ObservableBooleanValue pending;

    private void rebuild(List<MiningSite> siteList, Map<Long, Finding> findings) {
        List<FindingRow> out = new ArrayList<>(siteList.size());
        for (MiningSite s : siteList) {
            Finding f = findings.get(s.id());
            if (f != null) {
                out.add(new FindingRow(s, f));
            }
        }
        rows.setAll(out);
        updateCount();
    }

    private double parse(String s) {
        try {
            return s == null || s.isBlank() ? Double.NaN : unit.get().toMetres(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void apply(FindingsFilter f) {
        filter = f;
        filtered.setPredicate(f);
        updateCount();
    }

    /** Flagged rows among the filtered ones, counted when rows or filter change, not on every pending flip. */
    private long flaggedShown = -1;

    private void updateCount() {
        flaggedShown = -1;
        showCount();
    }

    private void showCount() {
        if (flaggedShown < 0) {
            long n = 0;
            for (FindingRow r : filtered) {
                if (r.finding().flagged()) {
                    n++;
                }
            }
            flaggedShown = n;
        }
        count.setText(filtered.size() + " sites, " + flaggedShown + " in zones"
                + (pending != null && pending.get() ? " (computing…)" : ""));
    }

    /** While findings are being computed the table says so and its rows are greyed: they answer older inputs. */
    private void showPending(boolean now) {
        placeholder.setText(
                now ? "Computing findings…" : "No findings: add sites and installation or substation layers.");
        table.setOpacity(now && !table.getItems().isEmpty() ? 0.6 : 1);
        showCount();
    }

    /** Export formats of the findings. */
    public enum Format {
        CSV("CSV", "csv"),
        GEOJSON("GeoJSON", "geojson"),
        GEOPACKAGE("GeoPackage", "gpkg");

        final String label;
        final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }
    }

    private void export(UiExecutor executor, Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Findings");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label, "*." + format.extension));
        chooser.setInitialFileName("findings." + format.extension);
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportTo(executor, file.toPath(), format);
        }
    }

    /** Writes the shown rows to a file in the background (the chooser-free path, for tests). */
    public void exportTo(UiExecutor executor, java.nio.file.Path file, Format format) {
        List<FindingRow> snapshot = shownRows();
        LengthUnit u = unit.get();
        javafx.concurrent.Task<Void> task = new javafx.concurrent.Task<>() {
            @Override
            protected Void call() throws java.io.IOException, org.standoff.io.store.StoreException {
                switch (format) {
                    case CSV -> FindingsExport.csv(snapshot, u, file);
                    case GEOJSON -> FindingsExport.geoJson(snapshot, u, file);
                    case GEOPACKAGE -> FindingsExport.geoPackage(snapshot, u, file);
                }
                return null;
            }
        };
        task.setOnFailed(e -> ErrorDialog.show(
                getScene() == null ? null : getScene().getWindow(),
                "Cannot export to " + file.getFileName(),
                task.getException()));
        executor.submit(task);
    }

    /**
     * The stated accuracy of the datum transformation behind a distance (DESIGN.md decision 1),
     * "unknown" when the layer records none or none was known; empty without a nearest feature.
     */
    static String datumAccuracy(double metres, java.util.Optional<?> nearest) {
        if (nearest.isEmpty()) {
            return "";
        }
        return Double.isNaN(metres)
                ? "unknown"
                : String.format(java.util.Locale.ROOT, metres > 0 && metres < 1 ? "%.2f m" : "%.0f m", metres);
    }

    private static TableColumn<FindingRow, String> text(
            String title, double width, Function<FindingRow, String> value) {
        TableColumn<FindingRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<FindingRow, Double> distance(String title, Function<FindingRow, Double> metres) {
        TableColumn<FindingRow, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(metres.apply(cell.getValue())));
        c.setPrefWidth(90);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double m, boolean empty) {
                super.updateItem(m, empty);
                setText(
                        empty || m == null || m.isInfinite()
                                ? ""
                                : ZonePainter.number(unit.get().fromMetres(m)) + " "
                                        + unit.get().symbol());
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }
}
