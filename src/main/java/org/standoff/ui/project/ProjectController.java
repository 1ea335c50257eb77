package org.standoff.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.standoff.io.store.OpenedProject;
import org.standoff.io.store.ProjectChangedException;
import org.standoff.io.store.ProjectFile;
import org.standoff.io.store.RecoveryFiles;
import org.standoff.io.store.StoreException;
import org.standoff.model.Project;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.command.UndoManager;

/**
 * The project file as the user sees it (DESIGN.md decision 7): New, Open, Open Recent, Save,
 * Save As, Close, the unsaved mark in the title bar, the Save / Don't Save / Cancel question,
 * autosave to a recovery file beside the settings (never over the project), and the offer to
 * recover after a crash. Files are read and written in background tasks from immutable
 * snapshots; the JavaFX thread never touches a file.
 */
public final class ProjectController {

    /** How the window exchanges project state with this controller. */
    public interface Workbench {
        /** An immutable snapshot of everything that goes into the file. */
        Project snapshot(String name);

        /** Shows a project, replacing what is open. */
        void show(Project project);

        /** Imports the feature tables of a GeoPackage from another tool as layers. */
        void importForeignLayers(Path gpkg);

        Window window();

        void status(String message);
    }

    static final String RECENT = "project.recent";
    static final String AUTOSAVE = "project.autosave.seconds";
    static final int MAX_RECENT = 8;

    private final Workbench bench;
    private final UndoManager undo;
    private final UiExecutor executor;
    private final AppSettings settings;
    private final RecoveryFiles recovery;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final SimpleLongProperty savedAt = new SimpleLongProperty();
    private final BooleanBinding dirty;
    private final Timeline autosave;
    private int upgradeFrom;
    /**
     * The write id the file had when this window read it or last saved it (null for a file
     * without one): a save over the file is refused when another program wrote it since.
     */
    private String writeId;

    public ProjectController(Workbench bench, UndoManager undo, UiExecutor executor, AppSettings settings) {
        this.bench = bench;
        this.undo = undo;
        this.executor = executor;
        this.settings = settings;
        this.recovery = new RecoveryFiles(settings.home());
        this.dirty = Bindings.createBooleanBinding(
                () -> undo.changesProperty().get() != savedAt.get(), undo.changesProperty(), savedAt);
        int seconds = Math.max(10, Integer.parseInt(settings.get(AUTOSAVE, "60")));
        autosave = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** True when there are changes since the last save or open. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** The project file, or null for a project never saved. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** "name — Standoff", with a leading • when there are unsaved changes. */
    public StringBinding titleBinding(String app) {
        return Bindings.createStringBinding(() -> (dirty.get() ? "• " : "") + name() + " — " + app, dirty, file);
    }

    /** The project's name: its file name without extension, or "Untitled". */
    public String name() {
        Path f = file.get();
        return f == null ? "Untitled" : f.getFileName().toString().replaceFirst("(?i)\\.gpkg$", "");
    }

    /** The recently opened files, newest first, that still exist. */
    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (String s : settings.get(RECENT, "").split("\n")) {
            if (!s.isBlank() && Files.isRegularFile(Path.of(s))) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    public void newProject() {
        assert javafx.application.Platform.isFxApplicationThread();
        if (confirmDiscard()) {
            bench.show(Project.empty("Untitled"));
            file.set(null);
            writeId = null;
            markSaved();
        }
    }

    public void open() {
        assert javafx.application.Platform.isFxApplicationThread();
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open Project");
        java.io.File f = chooser.showOpenDialog(bench.window());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    static final String SAMPLE_SHOWN = "sample.shown";

    /**
     * Opens the bundled sample project: a copy in the Standoff home, made once, so the user's
     * edits to it are theirs and the bundled one stays pristine.
     */
    public void openSample() {
        assert javafx.application.Platform.isFxApplicationThread();
        if (!confirmDiscard()) {
            return;
        }
        Path target = settings.home().resolve("sample").resolve("Standoff sample.gpkg");
        // the copy is file work: off the FX thread, then opened as any project is
        Task<Boolean> copy = new Task<>() {
            @Override
            protected Boolean call() throws java.io.IOException {
                try (java.io.InputStream in =
                        ProjectController.class.getResourceAsStream("/org/standoff/sample/sample.gpkg")) {
                    if (in == null) {
                        return false;
                    }
                    if (!Files.exists(target)) {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                    }
                    return true;
                }
            }
        };
        copy.setOnSucceeded(e -> {
            if (!copy.getValue()) {
                bench.status("The sample project is not bundled with this build");
                return;
            }
            settings.put(SAMPLE_SHOWN, "true");
            openFile(target);
        });
        copy.setOnFailed(e -> ErrorDialog.show(bench.window(), "Cannot open the sample project", copy.getException()));
        executor.submit(copy);
    }

    /** True until the sample has been opened once: the first run shows it. */
    public boolean firstRun() {
        return !settings.getBoolean(SAMPLE_SHOWN, false);
    }

    /** Opens a file without asking about unsaved changes first (the caller has). */
    public void openFile(Path path) {
        openFile(path, null);
    }

    /** As {@link #openFile(Path)}; {@code then} runs on the JavaFX thread once the project is shown. */
    public void openFile(Path path, Runnable then) {
        assert javafx.application.Platform.isFxApplicationThread();
        Task<OpenResult> task = new Task<>() {
            @Override
            protected OpenResult call() throws StoreException {
                ProjectFile.Kind kind = ProjectFile.inspect(path);
                if (kind == ProjectFile.Kind.FOREIGN_GEOPACKAGE) {
                    return new OpenResult(kind, null);
                }
                return new OpenResult(kind, ProjectFile.open(path));
            }
        };
        task.setOnSucceeded(e -> {
            OpenResult r = task.getValue();
            if (r.kind() == ProjectFile.Kind.FOREIGN_GEOPACKAGE) {
                Alert a = new Alert(
                        Alert.AlertType.CONFIRMATION,
                        path.getFileName() + " is a GeoPackage made by another tool, not a Standoff project.\n\n"
                                + "Import its layers into the current project?",
                        ButtonType.OK,
                        ButtonType.CANCEL);
                a.initOwner(bench.window());
                a.setHeaderText("Import layers?");
                if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                    bench.importForeignLayers(path);
                }
                return;
            }
            OpenedProject opened = r.opened();
            bench.show(opened.project());
            file.set(path);
            writeId = opened.writeId();
            upgradeFrom = opened.needsUpgrade() ? opened.schemaVersion() : 0;
            markSaved();
            remember(path);
            bench.status("Opened " + path.getFileName()
                    + (opened.needsUpgrade() ? " (from an older Standoff: it will be upgraded when saved)" : "")
                    + (opened.warnings().isEmpty()
                            ? ""
                            : "; " + opened.warnings().size() + " problem(s) found, kept aside"));
            if (!opened.warnings().isEmpty()) {
                showProblems(path, opened.warnings());
            }
            if (then != null) {
                then.run();
            }
        });
        task.setOnFailed(
                e -> ErrorDialog.show(bench.window(), "Cannot open " + path.getFileName(), task.getException()));
        executor.submit(task);
    }

    private record OpenResult(ProjectFile.Kind kind, OpenedProject opened) {}

    /** Saves to the current file, or asks where when there is none. Returns false if cancelled. */
    public boolean save() {
        if (file.get() == null) {
            return saveAs();
        }
        if (upgradeFrom > 0 && !confirmUpgrade()) {
            return false;
        }
        saveTo(file.get(), null);
        return true;
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save Project As");
        chooser.setInitialFileName(name() + ProjectFile.EXTENSION);
        java.io.File f = chooser.showSaveDialog(bench.window());
        if (f == null) {
            return false;
        }
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ProjectFile.EXTENSION)) {
            p = p.resolveSibling(p.getFileName() + ProjectFile.EXTENSION);
        }
        saveTo(p, null);
        return true;
    }

    /** Saves a snapshot to {@code target} in the background; {@code then} runs after success. */
    public void saveTo(Path target, Runnable then) {
        assert javafx.application.Platform.isFxApplicationThread();
        Project snapshot = bench.snapshot(target.getFileName().toString().replaceFirst("(?i)\\.gpkg$", ""));
        // the recovery file autosaves wrote so far (an Untitled project's is named after the project, not a path)
        Path recoveryBefore = recovery.recoveryFileFor(bench.snapshot(name()), file.get());
        long changesAtSnapshot = undo.changesProperty().get();
        int upgrading = upgradeFrom;
        ProjectFile.Origin origin = file.get() == null ? null : new ProjectFile.Origin(file.get(), writeId);
        Task<ProjectFile.Saved> task = new Task<>() {
            @Override
            protected ProjectFile.Saved call() throws StoreException {
                if (upgrading > 0 && Files.exists(target)) {
                    ProjectFile.backupBeforeUpgrade(target, upgrading);
                }
                return ProjectFile.save(snapshot, target, origin);
            }
        };
        task.setOnSucceeded(e -> {
            ProjectFile.Saved saved = task.getValue();
            file.set(target);
            writeId = saved.writeId();
            upgradeFrom = 0;
            savedAt.set(changesAtSnapshot);
            remember(target);
            discardRecovery();
            discardRecovery(recoveryBefore);
            bench.status("Saved " + target.getFileName()
                    + (saved.neighbours() == ProjectFile.Neighbours.LEFT_BEHIND
                            ? " (not linked to the team registry: the original was changed by another program since it was opened; link the copy "
                                    + "with Registry > Connect…)"
                            : ""));
            if (then != null) {
                then.run();
            }
        });
        task.setOnFailed(e -> {
            if (task.getException() instanceof ProjectChangedException changed) {
                offerReopen(changed);
            } else {
                ErrorDialog.show(bench.window(), "Cannot save " + target.getFileName(), task.getException());
            }
        });
        executor.submit(task);
    }

    /** A save over a file another program wrote meanwhile was refused: reopen it, save elsewhere, or leave it. */
    private void offerReopen(ProjectChangedException changed) {
        ButtonType reopen = new ButtonType("Reopen", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.OTHER);
        Alert a = new Alert(Alert.AlertType.WARNING, changed.getMessage(), reopen, saveAs, ButtonType.CANCEL);
        a.setHeaderText("Changed by another program: not saved");
        a.initOwner(bench.window());
        a.getDialogPane().setId("project-changed");
        a.setResizable(true);
        a.showAndWait().ifPresent(choice -> {
            if (choice == reopen) {
                openFile(changed.file());
            } else if (choice == saveAs) {
                saveAs();
            }
        });
    }

    /**
     * The project's file was written on purpose by this window's own work (the registry link
     * kept in it by Registry > Connect…), which leaves the project shown as it is: adopt the
     * file's new write id so the next save is not refused. Call on the JavaFX thread with the id
     * read right after that work.
     */
    public void adoptWrite(Path written, String newWriteId) {
        assert javafx.application.Platform.isFxApplicationThread();
        if (written.equals(file.get())) {
            writeId = newWriteId;
        }
    }

    /** Asks Save / Don't Save / Cancel when there are unsaved changes; true to go on. */
    public boolean confirmDiscard() {
        assert javafx.application.Platform.isFxApplicationThread();
        if (!dirty.get()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dont = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(
                Alert.AlertType.WARNING, "Save the changes to " + name() + " first?", save, dont, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(bench.window());
        Optional<ButtonType> choice = a.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
            return false;
        }
        if (choice.get() == save) {
            if (file.get() == null) {
                return saveAs();
            }
            save();
        } else {
            // Don't Save: the user threw this work away, so no recovery copy of it is kept or offered
            discardRecovery();
            discarded = true;
        }
        return true;
    }

    /** True once the user chose Don't Save: the work is gone by choice, and shutdown keeps no recovery copy. */
    private boolean discarded;

    /** The change count and mark count the last recovery copy was written at: nothing to write again until one moves. */
    private long autosavedChanges = -1;

    private long autosavedMarks = -1;
    /** How often {@link #markChanged()} (or a recovery) made the project unsaved without an undoable change. */
    private long marks;
    /** A recovery copy is being written. */
    private boolean autosaving;

    /** True while a recovery copy is being written (for tests). */
    public boolean autosaving() {
        return autosaving;
    }

    /**
     * Writes a recovery copy when there are unsaved changes made since the last copy; returns
     * whether it started one. A national project is seconds of writing: left open with unsaved
     * work, it is no longer rewritten every minute for nothing.
     */
    public boolean autosaveNow() {
        long changes = undo.changesProperty().get();
        if (!dirty.get() || autosaving || changes == autosavedChanges && marks == autosavedMarks) {
            return false; // nothing new, or a copy is being written (never two at once: they would race for the file)
        }
        autosaving = true;
        long marksNow = marks;
        Project snapshot = bench.snapshot(name());
        Path original = file.get();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws StoreException {
                return recovery.writeRecovery(snapshot, original);
            }
        };
        task.setOnSucceeded(e -> {
            autosaving = false;
            autosavedChanges = changes;
            autosavedMarks = marksNow;
        });
        task.setOnFailed(e -> {
            autosaving = false;
            System.getLogger(ProjectController.class.getName())
                    .log(System.Logger.Level.WARNING, "autosave failed", task.getException());
        });
        executor.submit(task);
        return true;
    }

    /** After a crash: offers each recovery file, newest first. Call once at start. */
    public void offerRecovery() {
        assert javafx.application.Platform.isFxApplicationThread();
        // reading the recovery files is file work: off the FX thread, then the question on it
        Task<List<RecoveryFiles.Recovery>> find = new Task<>() {
            @Override
            protected List<RecoveryFiles.Recovery> call() throws StoreException {
                return recovery.findRecoveries();
            }
        };
        find.setOnSucceeded(e -> offer(find.getValue()));
        find.setOnFailed(e -> System.getLogger(ProjectController.class.getName())
                .log(System.Logger.Level.WARNING, "cannot list recovery files", find.getException()));
        executor.submit(find);
    }

    /** What there is to open at start: unsaved work to recover, and the recent projects that still exist. */
    private record AtStart(List<RecoveryFiles.Recovery> recoveries, List<Path> recent) {}

    /**
     * What the app opens when started without a file, so it never opens on an empty map: on the
     * first run the bundled sample; later, unsaved work to recover when there is some (asked
     * first), else the most recent project that still exists, else the sample again. The sample
     * therefore shows on the first run of an installed app even when another copy of Standoff (say
     * {@code mvn javafx:run}) already showed it in the same home, and after the user's last
     * project was moved away.
     */
    public void openAtStart() {
        assert javafx.application.Platform.isFxApplicationThread();
        if (firstRun()) {
            openSample();
            return;
        }
        Task<AtStart> find = new Task<>() {
            @Override
            protected AtStart call() throws StoreException {
                return new AtStart(recovery.findRecoveries(), recent());
            }
        };
        find.setOnSucceeded(e -> {
            AtStart found = find.getValue();
            if (!found.recoveries().isEmpty()) {
                offer(found.recoveries());
            } else if (!found.recent().isEmpty()) {
                openFile(found.recent().get(0));
            } else {
                openSample();
            }
        });
        find.setOnFailed(e -> {
            System.getLogger(ProjectController.class.getName())
                    .log(System.Logger.Level.WARNING, "cannot list recovery files", find.getException());
            openSample();
        });
        executor.submit(find);
    }

    private void offer(List<RecoveryFiles.Recovery> found) {
        assert javafx.application.Platform.isFxApplicationThread();
        if (found.isEmpty()) {
            return;
        }
        RecoveryFiles.Recovery r = found.get(0);
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Standoff did not close normally. Unsaved work on \"" + r.projectName() + "\" from " + r.saved()
                        + " can be recovered.",
                recover,
                discard,
                ButtonType.CANCEL);
        a.setHeaderText("Recover unsaved work?");
        a.initOwner(bench.window());
        Optional<ButtonType> choice = a.showAndWait();
        if (choice.isPresent() && choice.get() == recover) {
            Task<OpenedProject> task = new Task<>() {
                @Override
                protected OpenedProject call() throws StoreException {
                    OpenedProject p = ProjectFile.open(r.file());
                    // the user chose to put this work back over the original as it is now
                    String now = null;
                    if (r.original() != null && Files.isRegularFile(r.original())) {
                        try {
                            now = ProjectFile.writeId(r.original());
                        } catch (StoreException unreadable) {
                            // the original is no project now: saving the recovered work replaces it (or says why not)
                        }
                    }
                    return new OpenedProject(
                            p.project(),
                            p.file(),
                            p.schemaVersion(),
                            p.needsUpgrade(),
                            p.appVersion(),
                            p.created(),
                            p.saved(),
                            p.warnings(),
                            now);
                }
            };
            task.setOnSucceeded(e -> {
                bench.show(task.getValue().project());
                file.set(r.original());
                writeId = task.getValue().writeId();
                marks++;
                savedAt.set(-1);
                bench.status("Recovered unsaved work: save it to keep it");
            });
            task.setOnFailed(e -> ErrorDialog.show(
                    bench.window(), "Cannot recover " + r.file().getFileName(), task.getException()));
            executor.submit(task);
        } else if (choice.isPresent() && choice.get() == discard) {
            try {
                recovery.discard(r);
            } catch (StoreException e) {
                ErrorDialog.show(bench.window(), "Cannot discard the recovery file", e);
            }
        }
    }

    /** Stops autosaving and removes this session's recovery file: called on a clean exit. */
    public void shutdown() {
        autosave.stop();
        if (!dirty.get() || discarded) {
            discardRecovery();
        }
    }

    private void discardRecovery() {
        discardRecovery(recovery.recoveryFileFor(bench.snapshot(name()), file.get()));
    }

    private void discardRecovery(Path f) {
        try {
            if (Files.exists(f)) {
                recovery.discard(f);
            }
        } catch (StoreException e) {
            bench.status("Could not remove the recovery file: " + e.getMessage());
        }
    }

    /** What could not be used as it stands, in plain words; the rest of the project is open and usable. */
    private void showProblems(Path path, List<String> warnings) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        a.setHeaderText(path.getFileName() + " opened, with " + warnings.size() + " problem(s) kept aside");
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(String.join("\n\n", warnings)
                + "\n\nSet-aside site rows stay in the file untouched; 'standoff project repair' deletes them.");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(10);
        a.getDialogPane().setContent(list);
        a.initOwner(bench.window());
        a.show();
    }

    /** Marks the project as changed by something outside the undo history (a saved print layout or text). */
    public void markChanged() {
        marks++;
        savedAt.set(-1);
    }

    private void markSaved() {
        undo.clear();
        savedAt.set(undo.changesProperty().get());
    }

    private boolean confirmUpgrade() {
        Alert a = new Alert(
                Alert.AlertType.CONFIRMATION,
                "This project was made by an older version of Standoff. Saving upgrades it; a backup of the "
                        + "old file is kept beside it (" + name() + ".gpkg.bak-v" + upgradeFrom + ").",
                ButtonType.OK,
                ButtonType.CANCEL);
        a.setHeaderText("Upgrade project file?");
        a.initOwner(bench.window());
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private void remember(Path p) {
        List<String> list = new ArrayList<>();
        list.add(p.toAbsolutePath().toString());
        for (Path r : recent()) {
            String s = r.toAbsolutePath().toString();
            if (!list.contains(s) && list.size() < MAX_RECENT) {
                list.add(s);
            }
        }
        settings.put(RECENT, String.join("\n", list));
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Standoff projects (*.gpkg)", "*.gpkg"));
        Path f = file.get();
        if (f != null && f.getParent() != null && Files.isDirectory(f.getParent())) {
            c.setInitialDirectory(f.getParent().toFile());
        }
        return c;
    }
}
