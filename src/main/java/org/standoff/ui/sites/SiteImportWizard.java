package org.standoff.ui.sites;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.standoff.model.MiningSite;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.base.UiExecutor;

/**
 * The mining-site import wizard: (1) choose a CSV file or a table of an SQLite/GeoPackage file,
 * (2) preview the rows and map columns to fields, (3) choose the duplicate policy and read the
 * dry-run report, then Import, which adds everything to the {@link SitesViewModel} in one
 * undoable step. The dialog's result is the list of sites added (absent when cancelled).
 *
 * <p>Files are read and plans made in the background with a progress indicator; read errors
 * are shown with {@link ErrorDialog} (the message names the file and line) and nothing is
 * imported. Ids: {@code import-step}, {@code import-progress}, {@code import-status}, and the
 * buttons {@code import-back}, {@code import-next}, {@code import-import}; each step documents
 * its own.
 */
public final class SiteImportWizard extends Dialog<List<MiningSite>> {

    static final ButtonType BACK = new ButtonType("< Back", ButtonBar.ButtonData.BACK_PREVIOUS);
    static final ButtonType NEXT = new ButtonType("Next >", ButtonBar.ButtonData.NEXT_FORWARD);
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.FINISH);
    private static final String[] TITLES = {"Choose the source", "Map columns to site fields", "Review and import"};

    private final SiteImportModel model;
    private final UiExecutor executor;
    private final Node[] steps;
    private final BorderPane content = new BorderPane();
    private final Label stepTitle = new Label();
    private final Label status = new Label();
    private final IntegerProperty step = new SimpleIntegerProperty(-1);
    private final IntegerProperty saving = new SimpleIntegerProperty();

    /**
     * A wizard on {@code file} (read at once), or with no file chosen yet when {@code file} is
     * null: step 1 then offers a file chooser.
     */
    public SiteImportWizard(Window owner, SitesViewModel sites, UiExecutor executor, Path file) {
        this.executor = executor;
        this.model = new SiteImportModel(sites, executor, this::showError);
        setTitle("Import Mining Sites");
        setResizable(true);
        if (owner != null) {
            initOwner(owner);
        }
        steps = new Node[] {
            new ImportSourceStep(model, this::chooseSource),
            new ImportMappingStep(model),
            new ImportReviewStep(model, this::chooseReportFile, this::saveReport)
        };
        stepTitle.setId("import-step");
        stepTitle.setStyle("-fx-font-weight: bold;");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("import-progress");
        progress.setPrefSize(22, 22);
        BooleanBinding busy = model.busy().or(saving.greaterThan(0));
        progress.visibleProperty().bind(busy);
        status.setId("import-status");
        HBox bottom = new HBox(8, progress, status);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        content.setTop(stepTitle);
        content.setBottom(bottom);
        BorderPane.setMargin(stepTitle, new Insets(0, 0, 8, 0));
        content.setPrefSize(820, 560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(BACK, NEXT, IMPORT, ButtonType.CANCEL);
        setOnHidden(e -> model.cancel()); // Cancel, Import or the window's close: nothing left reading

        Button back = button(BACK, "import-back");
        Button next = button(NEXT, "import-next");
        Button importButton = button(IMPORT, "import-import");
        back.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            show(step.get() - 1);
        });
        next.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            show(step.get() + 1);
        });
        back.disableProperty().bind(step.lessThanOrEqualTo(0).or(busy));
        next.visibleProperty().bind(step.lessThan(steps.length - 1));
        next.managedProperty().bind(next.visibleProperty());
        next.disableProperty()
                .bind(busy.or(Bindings.createBooleanBinding(
                        () -> !canGoOn(), step, model.sourceProperty(), model.mappingProperty())));
        importButton.visibleProperty().bind(step.isEqualTo(steps.length - 1));
        importButton.managedProperty().bind(importButton.visibleProperty());
        importButton
                .disableProperty()
                .bind(busy.or(Bindings.createBooleanBinding(
                        () -> model.planProperty().get() == null
                                || model.planProperty().get().toInsert().isEmpty()
                                        && model.planProperty().get().merges().isEmpty(),
                        model.planProperty())));
        setResultConverter(b -> b == IMPORT ? model.commit() : null);
        show(0);
        if (file != null) {
            model.open(file);
        }
    }

    /** The model behind the wizard, for tests. */
    SiteImportModel model() {
        return model;
    }

    private boolean canGoOn() {
        return switch (step.get()) {
            case 0 -> model.sourceProperty().get() != null;
            case 1 ->
                model.mappingProperty().get() != null
                        && model.mappingProperty().get().hasLocation();
            default -> false;
        };
    }

    private void show(int index) {
        step.set(index);
        stepTitle.setText("Step " + (index + 1) + " of " + steps.length + ": " + TITLES[index]);
        content.setCenter(steps[index]);
        if (index == steps.length - 1) {
            model.plan(); // the dry run, for the mapping and policy as they are now
        }
    }

    private Button button(ButtonType type, String id) {
        Button b = (Button) getDialogPane().lookupButton(type);
        b.setId(id);
        return b;
    }

    private Window window() {
        return getDialogPane().getScene() == null
                ? getOwner()
                : getDialogPane().getScene().getWindow();
    }

    private void showError(Throwable error) {
        Path file = model.fileProperty().get();
        ErrorDialog.show(window(), "Cannot import " + (file == null ? "the file" : file.getFileName()), error);
    }

    private Path chooseSource() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Mining Sites");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "CSV, SQLite and GeoPackage files",
                                "*.csv",
                                "*.txt",
                                "*.tsv",
                                "*.gpkg",
                                "*.sqlite",
                                "*.sqlite3",
                                "*.db"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(window());
        return f == null ? null : f.toPath();
    }

    private Path chooseReportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Import Report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName("import-report.csv");
        File f = chooser.showSaveDialog(window());
        return f == null ? null : f.toPath();
    }

    /** Writes the report in the background and says so in the status line. */
    void saveReport(ImportReport report, Path file) {
        Background.run(
                executor,
                saving,
                () -> {
                    report.write(file);
                    return file;
                },
                p -> status.setText("Report saved to " + p),
                e -> ErrorDialog.show(window(), "Cannot save the report to " + file.getFileName(), e));
    }
}
