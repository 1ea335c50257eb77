package org.standoff.ui.sites;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.standoff.io.csv.DuplicatePolicy;
import org.standoff.io.csv.ImportPlan;

/**
 * Step 3 of the import wizard: what to do with duplicates (skip, merge, keep both) and the
 * dry-run report of {@link org.standoff.io.csv.SiteImporter#plan}: how many sites would be
 * added, and each rejected, flagged or duplicate row with its line and reason. The report can
 * be saved as CSV. Nothing is imported here; the wizard's Import button does that.
 *
 * <p>Ids: {@code import-policy-skip}, {@code import-policy-merge}, {@code import-policy-keep},
 * {@code import-summary}, {@code import-report}, {@code import-save-report}.
 */
final class ImportReviewStep extends VBox {

    private final TableView<ImportReport.Entry> table = new TableView<>();
    private final Label summary = new Label();
    private ImportReport report;

    /**
     * @param chooseReportFile asks where to save the report (a file chooser), or returns null
     * @param save writes the report to the file, in the background
     */
    ImportReviewStep(
            SiteImportModel model,
            Supplier<Path> chooseReportFile,
            java.util.function.BiConsumer<ImportReport, Path> save) {
        super(8);
        setPadding(new Insets(4));
        ToggleGroup group = new ToggleGroup();
        HBox policies = new HBox(
                14,
                new Label("Duplicates:"),
                radio(group, model, DuplicatePolicy.SKIP, "Skip", "import-policy-skip"),
                radio(
                        group,
                        model,
                        DuplicatePolicy.MERGE,
                        "Merge (fill blanks of the existing site)",
                        "import-policy-merge"),
                radio(group, model, DuplicatePolicy.KEEP_BOTH, "Keep both", "import-policy-keep"));

        summary.setId("import-summary");
        summary.setWrapText(true);
        table.setId("import-report");
        table.setPrefHeight(260);
        table.setPlaceholder(new Label("Nothing to report: every row imports cleanly."));
        table.getColumns().add(column("", 90, e -> e.kind().label()));
        table.getColumns().add(column("Line", 60, e -> Long.toString(e.line())));
        table.getColumns().add(column("Site", 150, ImportReport.Entry::site));
        table.getColumns().add(column("Reason", 480, ImportReport.Entry::detail));
        Button saveReport = new Button("Save Report as CSV\u2026");
        saveReport.setId("import-save-report");
        saveReport.setOnAction(e -> {
            Path p = chooseReportFile.get();
            if (p != null && report != null) {
                save.accept(report, p);
            }
        });
        saveReport.disableProperty().bind(model.planProperty().isNull());
        getChildren().addAll(policies, summary, table, saveReport);
        model.planProperty().addListener((o, was, now) -> show(now));
        model.policyProperty().addListener((o, was, now) -> model.plan());
        show(model.planProperty().get());
    }

    /** The report shown, or null while the plan is being made. */
    ImportReport report() {
        return report;
    }

    private void show(ImportPlan plan) {
        report = plan == null ? null : ImportReport.of(plan);
        summary.setText(plan == null ? "Checking the rows\u2026" : plan.summary() + ".");
        table.getItems().setAll(report == null ? java.util.List.of() : report.entries());
    }

    private static RadioButton radio(
            ToggleGroup group, SiteImportModel model, DuplicatePolicy policy, String text, String id) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(model.policyProperty().get() == policy);
        b.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                model.policyProperty().set(policy);
            }
        });
        return b;
    }

    private static TableColumn<ImportReport.Entry, String> column(
            String title, double width, java.util.function.Function<ImportReport.Entry, String> value) {
        TableColumn<ImportReport.Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        return c;
    }
}
