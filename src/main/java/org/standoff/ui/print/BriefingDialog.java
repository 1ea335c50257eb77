package org.standoff.ui.print;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.standoff.print.BriefingExport;
import org.standoff.print.ProjectSnapshot;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.base.UiExecutor;

/**
 * File &gt; Print Briefing Map: the form on the left, the live preview on the right, the outputs
 * (PDF, PNG, printer, atlas) at the bottom. The preview is re-rendered in the background a
 * moment after each change; exports run in the background with progress and report failures
 * naming the file. Ctrl+Z undoes the last layout change (outside text fields, which keep their
 * own undo). The project is read through a snapshot supplier at each render, so the preview
 * follows the map as it is when the user changes something.
 */
public final class BriefingDialog extends BorderPane {

    private static final Duration SETTLE = Duration.millis(200);

    private final Supplier<ProjectSnapshot> project;
    private final UiExecutor executor;
    private final BriefingJobs.RendererSource renderers;
    private final BriefingViewModel vm;
    private final PreviewPane preview;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ReadOnlyIntegerWrapper previews = new ReadOnlyIntegerWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private boolean rendering;
    private boolean dirty;

    BriefingDialog(
            Supplier<ProjectSnapshot> project,
            BriefingLayouts layouts,
            UiExecutor executor,
            BriefingJobs.RendererSource renderers) {
        this.project = project;
        this.executor = executor;
        this.renderers = renderers;
        this.vm = new BriefingViewModel(layouts);
        this.preview = new PreviewPane(vm);
        setId("briefing-dialog");
        ScrollPane form = new ScrollPane(new BriefingForm(vm));
        form.setFitToWidth(true);
        form.setPrefWidth(380);
        form.setMinWidth(320);
        setLeft(form);
        VBox right = new VBox(preview, pageBar());
        VBox.setVgrow(preview, Priority.ALWAYS);
        setCenter(right);
        setBottom(buttonBar());

        settle.setOnFinished(e -> render());
        vm.layoutProperty().addListener((o, a, b) -> schedule());
        for (var p : List.of(
                vm.titleProperty(),
                vm.subtitleProperty(),
                vm.markingProperty(),
                vm.markingColourProperty(),
                vm.authorProperty(),
                vm.dateProperty())) {
            p.addListener((o, a, b) -> schedule());
        }
        vm.useScaleProperty().addListener((o, a, b) -> schedule());
        vm.allSitesProperty().addListener((o, a, b) -> schedule());
        vm.scaleProperty().addListener((o, a, b) -> schedule());
        vm.pageProperty().addListener((o, a, b) -> render());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        render();
    }

    /** Opens the dialog over the main window; returns it (its stage is {@code getScene().getWindow()}). */
    public static BriefingDialog show(
            Window owner, Supplier<ProjectSnapshot> project, BriefingLayouts layouts, UiExecutor executor) {
        BriefingDialog d = new BriefingDialog(project, layouts, executor, BriefingJobs.RendererSource.BUNDLED);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Print Briefing Map");
        stage.setScene(new Scene(d, 1200, 800));
        stage.show();
        return d;
    }

    public BriefingViewModel viewModel() {
        return vm;
    }

    /** How many previews have been shown so far; lets tests wait for a render without sleeping. */
    public ReadOnlyIntegerProperty previewCountProperty() {
        return previews.getReadOnlyProperty();
    }

    /** The preview image on screen, or null before the first render. */
    public Image previewImage() {
        return preview.imageView().getImage();
    }

    private HBox pageBar() {
        Button prev = new Button("◀");
        prev.setId("briefing-page-prev");
        prev.disableProperty().bind(vm.pageProperty().lessThanOrEqualTo(0));
        prev.setOnAction(e -> vm.pageProperty().set(vm.pageProperty().get() - 1));
        Button next = new Button("▶");
        next.setId("briefing-page-next");
        next.disableProperty()
                .bind(vm.pageProperty()
                        .greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        next.setOnAction(e -> vm.pageProperty().set(vm.pageProperty().get() + 1));
        Label page = new Label();
        page.setId("briefing-page-label");
        page.textProperty()
                .bind(Bindings.format("Page %d of %d", vm.pageProperty().add(1), vm.pageCountProperty()));
        Label hint = new Label("Drag an element to move it, its corner to resize it; Ctrl+Z undoes.");
        hint.setStyle("-fx-text-fill: #555;");
        HBox bar = new HBox(8, prev, page, next, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private HBox buttonBar() {
        Button pdf = button(
                "Export PDF…",
                "briefing-export-pdf",
                () -> markingConfirmed("PDF")
                        && choose("PDF", "*.pdf", ".pdf").map(this::exportPdf).isPresent());
        Button png = button(
                "Export PNG…",
                "briefing-export-png",
                () -> markingConfirmed("PNG")
                        && choose("PNG image", "*.png", ".png")
                                .map(f -> exportPng(f, vm.dpiProperty().get()))
                                .isPresent());
        Button print = button("Print…", "briefing-print", () -> {
            if (markingConfirmed("print")) {
                print();
            }
        });
        Button atlas = button(
                "Atlas PDF…",
                "briefing-export-atlas",
                () -> markingConfirmed("atlas")
                        && choose("PDF", "*.pdf", ".pdf")
                                .map(f -> exportAtlas(f, vm.atlasScaleProperty().get()))
                                .isPresent());
        // Said up front: one page is one PNG under the chosen name, several are numbered files.
        png.textProperty()
                .bind(Bindings.when(vm.pageCountProperty().greaterThan(1))
                        .then(Bindings.format("Export %d PNGs…", vm.pageCountProperty()))
                        .otherwise("Export PNG…"));
        Tooltip pngTip = new Tooltip();
        pngTip.textProperty()
                .bind(Bindings.when(vm.pageCountProperty().greaterThan(1))
                        .then(Bindings.format(
                                "%d pages: one PNG per page, named NAME-p1.png … NAME-p%d.png",
                                vm.pageCountProperty(), vm.pageCountProperty()))
                        .otherwise("One page: one PNG under the name you choose"));
        png.setTooltip(pngTip);
        for (Button b : List.of(pdf, png, print, atlas)) {
            b.disableProperty().bind(busy);
        }
        Button cancel = button("Cancel", "briefing-cancel", () -> {
            if (current != null) {
                current.cancel();
            }
        });
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        Button close =
                button("Close", "briefing-close", () -> getScene().getWindow().hide());
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(busy);
        message.setId("briefing-message");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, pdf, png, print, atlas, gap, message, progress, cancel, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 10, 10));
        return bar;
    }

    /**
     * While the marking is still the default nobody chose, asks before the briefing leaves the
     * machine; once the analyst confirms or sets one, the project keeps it and nobody is asked again.
     */
    private boolean markingConfirmed(String what) {
        if (!vm.markingIsUnchosenDefault()) {
            return true;
        }
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType(
                "Export as " + BriefingViewModel.DEFAULT_MARKING, javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType change = new javafx.scene.control.ButtonType(
                "Change the marking", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.WARNING,
                "The marking banner is still the default, \"" + BriefingViewModel.DEFAULT_MARKING
                        + "\", which nobody has chosen for this project. "
                        + "Is that the right classification for this " + what + "?",
                keep,
                change);
        a.setHeaderText("Check the marking");
        a.initOwner(getScene() == null ? null : getScene().getWindow());
        boolean ok = a.showAndWait().orElse(change) == keep;
        if (ok) {
            vm.savedLayouts()
                    .setText(
                            BriefingLayouts.Text.MARKING,
                            vm.markingProperty().get()); // chosen now: kept with the project
        }
        return ok;
    }

    private static Button button(String text, String id, java.util.function.BooleanSupplier action) {
        return button(text, id, (Runnable) action::getAsBoolean);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void onKey(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)
                && !(e.getTarget() instanceof TextInputControl)) {
            if (!vm.undo()) {
                message.setText("Nothing to undo");
            }
            e.consume();
        }
    }

    private void schedule() {
        settle.playFromStart();
    }

    /** Renders the current page in the background; a change made meanwhile renders again after. */
    private void render() {
        settle.stop();
        if (rendering) {
            dirty = true;
            return;
        }
        rendering = true;
        dirty = false;
        preview.message("Rendering…");
        Task<BriefingJobs.Preview> task =
                BriefingJobs.preview(renderers, request(), vm.pageProperty().get());
        task.setOnSucceeded(e -> {
            BriefingJobs.Preview p = task.getValue();
            vm.pageCountProperty().set(p.pageCount());
            if (vm.pageProperty().get() != p.page()) {
                vm.pageProperty().set(p.page());
            }
            preview.show(p.image(), p.page());
            previews.set(previews.get() + 1);
            finishRender();
        });
        task.setOnFailed(e -> {
            // Shown over the preview, not as a dialog: a failing preview would otherwise pop up on every keystroke.
            Throwable error = task.getException();
            preview.message("Preview failed: "
                    + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
            System.getLogger(BriefingDialog.class.getName())
                    .log(System.Logger.Level.WARNING, "briefing preview failed", error);
            finishRender();
        });
        executor.submit(task);
    }

    private void finishRender() {
        rendering = false;
        if (dirty) {
            render();
        }
    }

    private BriefingJobs.Request request() {
        return new BriefingJobs.Request(project.get(), vm.fields(), vm.layout(), vm.extent());
    }

    /** Writes the briefing as a PDF to {@code file} in the background; the task reports success or failure to the user. */
    public Task<Path> exportPdf(Path file) {
        return run(
                BriefingJobs.pdf(renderers, request(), file),
                "Cannot export " + file.getFileName(),
                f -> message.setText("Wrote " + f));
    }

    /** Writes the briefing as PNG (one file per page) at {@code dpi}. */
    public Task<List<Path>> exportPng(Path file, int dpi) {
        return run(
                BriefingJobs.png(renderers, request(), dpi, file),
                "Cannot export " + file.getFileName(),
                fs -> message.setText("Wrote " + BriefingExport.pngFilesText(file, fs.size())));
    }

    /** Writes an atlas PDF: one page per flagged site, at 1:{@code scale}. */
    public Task<Integer> exportAtlas(Path file, double scale) {
        return run(
                BriefingJobs.atlas(renderers, request(), scale, file),
                "Cannot export the atlas " + file.getFileName(),
                n -> message.setText(String.format(Locale.US, "Wrote an atlas of %d sites to %s", n, file)));
    }

    private void print() {
        BriefingJobs.Request r = request();
        BriefingPrinting.chooseJob(getScene().getWindow(), r.layout())
                .ifPresent(job -> run(
                        BriefingPrinting.print(job, renderers, r),
                        "Cannot print the briefing on " + job.getPrinter().getName(),
                        n -> message.setText(
                                "Sent " + n + " page(s) to " + job.getPrinter().getName())));
    }

    /** The export or print running now, which Cancel stops; null when idle. */
    private Task<?> current;

    private <T> Task<T> run(Task<T> task, String failureTitle, Consumer<T> onSuccess) {
        busy.set(true);
        current = task;
        task.setOnCancelled(e -> {
            done();
            message.setText("Cancelled");
        });
        progress.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            done();
            message.setText(failureTitle);
            ErrorDialog.show(getScene() == null ? null : getScene().getWindow(), failureTitle, task.getException());
        });
        executor.submit(task);
        return task;
    }

    private void done() {
        current = null;
        busy.set(false);
        progress.progressProperty().unbind();
        message.textProperty().unbind();
    }

    /** Asks where to save (JavaFX thread; the chooser itself touches no file), adding the extension if missing. */
    private java.util.Optional<Path> choose(String what, String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save briefing as " + what);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        chooser.setInitialFileName(safeName(vm.titleProperty().get()) + extension);
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f == null) {
            return java.util.Optional.empty();
        }
        String name = f.getName();
        return java.util.Optional.of(
                name.toLowerCase(Locale.ROOT).endsWith(extension)
                        ? f.toPath()
                        : f.toPath().resolveSibling(name + extension));
    }

    static String safeName(String title) {
        String s = title == null
                ? ""
                : title.strip().replaceAll("[^A-Za-z0-9._ -]+", "").replaceAll("\\s+", "-");
        return s.isEmpty() ? "briefing" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
