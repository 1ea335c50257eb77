package org.standoff.ui.sites;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standoff.io.csv.ColumnMapping;
import org.standoff.io.csv.CsvFile;
import org.standoff.io.csv.DuplicatePolicy;
import org.standoff.io.csv.ImportPlan;
import org.standoff.io.csv.SiteField;
import org.standoff.io.csv.SiteImporter;
import org.standoff.io.csv.SourceTable;
import org.standoff.io.store.SqliteTableReader;
import org.standoff.io.store.TableInfo;
import org.standoff.model.MiningSite;
import org.standoff.ui.base.UiExecutor;

/**
 * The state of the import wizard, without controls: the file and how it is read (CSV encoding
 * and delimiter, or the table of an SQLite/GeoPackage file), the rows read, the column
 * mapping, the duplicate policy, the dry-run plan, and the final one-step import.
 *
 * <p>Files are read and plans made in background tasks ({@link Background}); results come back
 * on the JavaFX thread. Each new request makes older ones stale: a late result of a request
 * that was superseded (the user changed the delimiter again) is dropped. Errors go to the
 * handler given to the constructor and leave the previous state as it was; nothing is
 * imported until {@link #commit()}. JavaFX thread only.
 */
public final class SiteImportModel {

    /** How a file is read. */
    public enum SourceKind {
        /** A delimited text file. */
        CSV,
        /** A table of an SQLite or GeoPackage file. */
        TABLE;

        /** By extension: {@code .gpkg}, {@code .sqlite}, {@code .sqlite3}, {@code .db} are tables, the rest CSV. */
        public static SourceKind of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".gpkg") || n.endsWith(".sqlite") || n.endsWith(".sqlite3") || n.endsWith(".db")
                    ? TABLE
                    : CSV;
        }
    }

    private final SitesViewModel sites;
    private final UiExecutor executor;
    private final Consumer<Throwable> onError;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<SourceKind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyObjectWrapper<Charset> detectedCharset = new ReadOnlyObjectWrapper<>(this, "detectedCharset");
    private final ReadOnlyObjectWrapper<Character> detectedDelimiter =
            new ReadOnlyObjectWrapper<>(this, "detectedDelimiter");
    private final ObservableList<TableInfo> tables = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SourceTable> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>(this, "mapping");
    private final ObjectProperty<DuplicatePolicy> policy =
            new SimpleObjectProperty<>(this, "policy", DuplicatePolicy.SKIP);
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final IntegerProperty running = new SimpleIntegerProperty(this, "running");
    private final BooleanBinding busy = running.greaterThan(0);
    /** The reads and plans in flight, so that {@link #cancel} can stop them. */
    private final List<javafx.concurrent.Task<?>> inFlight = new java.util.ArrayList<>();

    private long generation;

    /**
     * @param sites where the import goes, and the existing sites duplicates are looked for in
     * @param onError told, on the JavaFX thread, when a file cannot be read or written
     */
    public SiteImportModel(SitesViewModel sites, UiExecutor executor, Consumer<Throwable> onError) {
        this.sites = sites;
        this.executor = executor;
        this.onError = onError;
        // A plan is only good for the mapping and policy it was made with.
        mapping.addListener((o, was, now) -> plan.set(null));
        policy.addListener((o, was, now) -> plan.set(null));
    }

    /** Starts reading {@code path}: detects the CSV format, or lists the tables and reads the first. */
    public void open(Path path) {
        file.set(path);
        kind.set(SourceKind.of(path));
        tables.clear();
        source.set(null);
        mapping.set(null);
        if (kind.get() == SourceKind.CSV) {
            readCsv(null, null);
        } else {
            long g = ++generation;
            SqliteTableReader reader = new SqliteTableReader(path);
            track(Background.run(
                    executor,
                    running,
                    reader::tables,
                    list -> {
                        if (g == generation) {
                            tables.setAll(list);
                            if (!list.isEmpty()) {
                                readTable(list.get(0));
                            }
                        }
                    },
                    onError));
        }
    }

    /** Reads the CSV file again with a forced encoding and/or delimiter (null: detect). */
    public void readCsv(Charset charset, Character delimiter) {
        Path path = file.get();
        long g = ++generation;
        track(Background.run(
                executor,
                running,
                () -> CsvFile.read(path, charset, delimiter),
                csv -> {
                    if (g == generation) {
                        detectedCharset.set(csv.charset());
                        detectedDelimiter.set(csv.delimiter());
                        loaded(csv.toSourceTable());
                    }
                },
                onError));
    }

    /** Reads all rows of a table of the SQLite/GeoPackage file. */
    public void readTable(TableInfo table) {
        SqliteTableReader reader = new SqliteTableReader(file.get());
        long g = ++generation;
        track(Background.run(
                executor,
                running,
                () -> sourceTable(reader.read(table.name(), 0)),
                t -> {
                    if (g == generation) {
                        loaded(t);
                    }
                },
                onError));
    }

    private void track(javafx.concurrent.Task<?> task) {
        inFlight.removeIf(javafx.concurrent.Task::isDone);
        inFlight.add(task);
    }

    /**
     * Stops whatever this import is reading or planning: the wizard calls it when the user
     * cancels or closes it. Each task's result is dropped and the busy count goes back down as it
     * ends (a read already inside a file finishes in the background, unseen). Call on the JavaFX thread.
     */
    public void cancel() {
        assert javafx.application.Platform.isFxApplicationThread();
        generation++;
        for (javafx.concurrent.Task<?> t : List.copyOf(inFlight)) {
            t.cancel();
        }
        inFlight.clear();
    }

    private void loaded(SourceTable table) {
        source.set(table);
        mapping.set(ColumnMapping.auto(table.header()));
    }

    /** Works out the dry-run plan for the current mapping and policy, in the background. */
    public void plan() {
        SourceTable table = source.get();
        ColumnMapping m = mapping.get();
        DuplicatePolicy p = policy.get();
        if (table == null || m == null) {
            return;
        }
        // A snapshot: the task must not read the live list, which belongs to the JavaFX thread.
        List<MiningSite> existing = List.copyOf(sites.sites());
        long g = ++generation;
        track(Background.run(
                executor,
                running,
                () -> SiteImporter.plan(table, m, existing, p),
                result -> {
                    if (g == generation) {
                        plan.set(result);
                    }
                },
                onError));
    }

    /**
     * Imports the current plan into the sites view model in one undoable step.
     *
     * @return the sites added (with their new ids)
     * @throws IllegalStateException if there is no plan
     */
    public List<MiningSite> commit() {
        ImportPlan p = plan.get();
        if (p == null) {
            throw new IllegalStateException("no import plan yet");
        }
        List<SitesViewModel.Merge> merges = p.merges().stream()
                .map(m -> new SitesViewModel.Merge(m.before(), m.after()))
                .toList();
        int n = p.toInsert().size();
        String what = "Import " + n + (n == 1 ? " site" : " sites") + " from " + p.source();
        return sites.importAll(p.sites(), merges, what);
    }

    /** True if the id column is mapped: ids of another system clash with Standoff's and make false duplicates. */
    public boolean idMapped() {
        return mapping.get() != null && mapping.get().column(SiteField.ID).isPresent();
    }

    /** Stops importing the id column. */
    public void unmapId() {
        if (mapping.get() != null) {
            mapping.set(mapping.get().without(SiteField.ID));
        }
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SourceKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The encoding the CSV file was last read with. */
    public ReadOnlyObjectProperty<Charset> charsetProperty() {
        return detectedCharset.getReadOnlyProperty();
    }

    /** The delimiter the CSV file was last read with. */
    public ReadOnlyObjectProperty<Character> delimiterProperty() {
        return detectedDelimiter.getReadOnlyProperty();
    }

    /** The importable tables of an SQLite/GeoPackage file. */
    public ObservableList<TableInfo> tables() {
        return tables;
    }

    /** The rows read, or null until read. */
    public ReadOnlyObjectProperty<SourceTable> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Which column feeds which field; set by reading, then edited by the user. */
    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ObjectProperty<DuplicatePolicy> policyProperty() {
        return policy;
    }

    /** The dry-run plan, or null until made (and after the mapping or policy changed). */
    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** True while a file is being read or a plan made. */
    public BooleanBinding busy() {
        return busy;
    }

    /** A table read from another SQLite file as an import source; its rows are numbered by rowid. */
    static SourceTable sourceTable(org.standoff.io.store.TableData table) {
        java.util.List<SourceTable.Row> rows =
                new java.util.ArrayList<>(table.rows().size());
        for (org.standoff.io.store.TableData.Row r : table.rows()) {
            rows.add(new SourceTable.Row(r.rowId(), r.cells()));
        }
        return new SourceTable(table.table(), "row", table.columns(), rows);
    }
}
