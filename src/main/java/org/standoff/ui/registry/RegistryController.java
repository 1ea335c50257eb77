package org.standoff.ui.registry;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.standoff.io.registry.Conflict;
import org.standoff.io.registry.RegistryAccess;
import org.standoff.io.registry.RegistryConnection;
import org.standoff.io.registry.RegistryException;
import org.standoff.io.registry.RegistryLink;
import org.standoff.io.registry.RegistrySchema;
import org.standoff.io.registry.RegistrySettings;
import org.standoff.io.registry.SiteHistory;
import org.standoff.io.registry.SiteSync;
import org.standoff.io.registry.SyncOptions;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.MiningSite;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.base.UiExecutor;

/**
 * What the Registry menu does: Connect…, Sync (pull and push, or pull only for a role that may
 * not edit), Conflicts…, Site History…. A sync works on the saved project file and reopens it
 * afterwards, so it asks for unsaved changes to be saved first. Every connection, sync and file
 * access runs as a background {@link Task}; a sync shows its progress and can be cancelled
 * between batches, leaving project and registry consistent. The password typed in Connect… is
 * kept in memory for the session only. Call every method on the JavaFX thread.
 */
public final class RegistryController {

    /** What the controller needs from the window. */
    public interface Host {
        /** The project's file, or null while it has never been saved. */
        Path projectFile();

        boolean hasUnsavedChanges();

        /** Reopens the project from its file (after a sync changed it), then runs {@code then} on the JavaFX thread. */
        void reload(Path file, Runnable then);

        /**
         * Connect… kept the link in {@code file}, which now has the write id given; the sites shown
         * are unchanged, so the project's next save may go over it.
         */
        void linked(Path file, String writeId);

        /** The site selected in the app, or null. */
        MiningSite selectedSite();

        Window window();

        void status(String message);
    }

    private final Host host;
    private final UiExecutor executor;
    private final SimpleObjectProperty<RegistryAccess> access = new SimpleObjectProperty<>();
    private char[] password;
    private ConflictsDialog conflictsDialog;

    public RegistryController(Host host, UiExecutor executor) {
        this.host = host;
        this.executor = executor;
    }

    /** What the role connected in this session may do; null until Connect… or a sync. */
    public ReadOnlyObjectProperty<RegistryAccess> accessProperty() {
        return access;
    }

    /** Connect…: asks for the registry's settings, keeps them in the project, checks the login and reports the role. */
    public void connect() {
        Path file = host.projectFile();
        if (file == null) {
            info(
                    "Save the project first",
                    "The link to a registry is kept in the project file: save the project (File > Save As…), then connect.");
            return;
        }
        run("Reading the project's registry settings", () -> RegistryLink.settings(file), current -> {
            Optional<ConnectDialog.Answer> answer =
                    new ConnectDialog(host.window(), current.orElse(null)).showAndWait();
            answer.ifPresent(a -> run(
                    "Connecting",
                    () -> {
                        try (RegistryConnection rc = RegistryConnection.open(a.settings(), a.password())) {
                            RegistrySchema.check(rc);
                            RegistryAccess acc = RegistryAccess.of(rc);
                            RegistryLink.link(file, a.settings(), false);
                            return new Linked(acc, ProjectFile.writeId(file));
                        }
                    },
                    linked -> {
                        RegistryAccess acc = linked.access();
                        host.linked(file, linked.writeId());
                        forgetPassword();
                        password = a.password();
                        access.set(acc);
                        host.status("Registry " + a.settings().where() + ": " + acc.describe());
                    }));
        });
    }

    /** Sync: pulls the team's changes and pushes the project's (pull only for a role that may not edit). */
    public void sync() {
        Path file = savedFile();
        if (file == null) {
            return;
        }
        char[] pw = password == null ? null : password.clone();
        Task<SyncOutcome> task = new Task<>() {
            @Override
            protected SyncOutcome call() throws RegistryException {
                RegistrySettings s = linked(file);
                try (RegistryConnection rc = RegistryConnection.open(s, pw)) {
                    RegistryAccess acc = RegistryAccess.of(rc);
                    SyncOptions o = SyncOptions.defaults().withListener(new SyncOptions.Listener() {
                        @Override
                        public void step(SyncOptions.Step step, int done) {
                            updateMessage(words(step) + " (" + done + " sites so far)");
                        }

                        @Override
                        public boolean cancelled() {
                            return isCancelled();
                        }
                    });
                    String summary;
                    if (acc.edit()) {
                        SiteSync.PushReport r = SiteSync.push(file, rc, o);
                        summary = pulled(r.pulled()) + "; sent " + r.added() + " new, " + r.changed() + " changed, "
                                + r.deleted() + " deleted"
                                + (r.stale() > 0 ? "; " + r.stale() + " changed meanwhile by others: sync again" : "")
                                + (r.published().describe().isEmpty()
                                        ? ""
                                        : "; " + r.published().describe());
                    } else {
                        summary = pulled(SiteSync.pull(file, rc, o)) + " (your role may not push)";
                    }
                    return new SyncOutcome(acc, summary, SiteSync.conflicts(file));
                } finally {
                    if (pw != null) {
                        Arrays.fill(pw, '\0');
                    }
                }
            }
        };
        Dialog<Void> progress = progressDialog(task);
        task.setOnSucceeded(e -> {
            progress.close();
            SyncOutcome r = task.getValue();
            access.set(r.access());
            host.reload(file, () -> {
                host.status("Synced: " + r.summary()
                        + (r.conflicts().isEmpty() ? "" : "; " + r.conflicts().size() + " conflict(s) to settle"));
                if (!r.conflicts().isEmpty()) {
                    conflictsDialog().show(r.conflicts());
                    showConflictsDialog();
                }
            });
        });
        task.setOnCancelled(e -> {
            progress.close();
            host.reload(
                    file,
                    () -> host.status("Sync cancelled between batches; what was done is kept. Sync again to finish."));
        });
        task.setOnFailed(e -> {
            progress.close();
            Throwable error = task.getException();
            if (error instanceof RegistryException re
                    && (re.problem() == RegistryException.Problem.WRONG_PASSWORD
                            || re.problem() == RegistryException.Problem.NO_PASSWORD)) {
                forgetPassword();
            }
            host.reload(file, () -> {}); // what the batches before the failure brought is in the file
            ErrorDialog.show(host.window(), "Sync failed", error);
        });
        executor.submit(task);
        progress.show();
    }

    /** Conflicts…: the open conflicts of the project, to settle field by field. */
    public void showConflicts() {
        Path file = savedFile();
        if (file == null) {
            return;
        }
        run("Reading the conflicts", () -> SiteSync.conflicts(file), list -> {
            conflictsDialog().show(list);
            showConflictsDialog();
        });
    }

    /** Site History…: who changed the selected site, what and when, as the registry recorded it. */
    public void showHistory() {
        MiningSite site = host.selectedSite();
        Path file = host.projectFile();
        if (site == null || file == null) {
            info("Site History", "Select a site of a saved project that is linked to a registry.");
            return;
        }
        char[] pw = password == null ? null : password.clone();
        run(
                "Reading the site's history",
                () -> {
                    try (RegistryConnection rc = RegistryConnection.open(linked(file), pw)) {
                        return SiteHistory.of(file, rc, site.id());
                    }
                },
                entries -> {
                    ListView<String> list = new ListView<>();
                    list.setId("registry-history");
                    entries.forEach(en -> list.getItems().add(historyText(en)));
                    list.setPrefSize(900, 360);
                    Alert a = new Alert(Alert.AlertType.INFORMATION);
                    a.initOwner(host.window());
                    a.setTitle("Site History");
                    a.setHeaderText("History of \"" + (site.name() == null ? "site " + site.id() : site.name())
                            + "\" in the registry (" + entries.size() + " version(s))");
                    a.getDialogPane().setContent(list);
                    a.setResizable(true);
                    a.show();
                });
    }

    private void resolve(List<Conflict> chosen, SiteSync.Resolution how) {
        Path file = savedFile();
        if (file == null) {
            return;
        }
        run(
                "Settling conflicts",
                () -> {
                    for (Conflict k : chosen) {
                        SiteSync.resolve(file, k, how);
                    }
                    return SiteSync.conflicts(file);
                },
                left -> host.reload(file, () -> {
                    conflictsDialog().show(left);
                    host.status("Settled " + chosen.size() + " conflict(s); Sync to send the result.");
                }));
    }

    private ConflictsDialog conflictsDialog() {
        if (conflictsDialog == null) {
            conflictsDialog = new ConflictsDialog(host.window(), this::resolve);
        }
        return conflictsDialog;
    }

    private void showConflictsDialog() {
        if (!conflictsDialog.isShowing()) {
            conflictsDialog.show();
        }
    }

    /** The saved project file, or null after telling the user to save first. */
    private Path savedFile() {
        Path file = host.projectFile();
        if (file == null || host.hasUnsavedChanges()) {
            info(
                    "Save the project first",
                    "A sync works on the saved project file and reopens it afterwards: save your changes (File > Save), "
                            + "then try again.");
            return null;
        }
        return file;
    }

    private static RegistrySettings linked(Path file) throws RegistryException {
        return RegistryLink.settings(file)
                .orElseThrow(() -> new RegistryException(
                        RegistryException.Problem.NOT_LINKED,
                        file.getFileName() + " is not linked to a registry yet: use Registry > Connect… first."));
    }

    private Dialog<Void> progressDialog(Task<?> task) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(host.window());
        d.setTitle("Sync");
        d.setHeaderText("Syncing with the team registry…");
        Label message = new Label("Connecting");
        message.setId("registry-sync-message");
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        d.getDialogPane().setContent(new VBox(8, message, bar));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (task.isRunning()) {
                task.cancel(false); // stops between batches: both sides stay consistent
            }
            return null;
        });
        return d;
    }

    private <T> void run(String doing, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(doing);
                return work.call();
            }
        };
        host.status(doing + "…");
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> {
            host.status("");
            ErrorDialog.show(host.window(), doing + " failed", task.getException());
        });
        executor.submit(task);
    }

    private void info(String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(host.window());
        a.setHeaderText(header);
        a.show();
    }

    private void forgetPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    /** One version of a site as several lines: who, when, the source cited, then each field's change. */
    static String historyText(SiteHistory.Entry e) {
        StringBuilder b = new StringBuilder("v" + e.version() + "  " + e.operation() + " by " + e.changedBy() + ", "
                + shortTime(e.changedAt().toString()) + "   source: "
                + (e.source() == null ? "none cited" : e.source()));
        e.changes()
                .forEach((field, c) -> b.append("\n      ")
                        .append(field)
                        .append(": ")
                        .append(quote(c.before()))
                        .append(" → ")
                        .append(quote(c.after())));
        return b.toString();
    }

    private static String quote(String s) {
        return s == null ? "(not set)" : "\"" + s + "\"";
    }

    /** An ISO 8601 UTC time to the second, as {@code 2026-12-04 22:12:08 UTC}; other text unchanged. */
    static String shortTime(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                    .withZone(java.time.ZoneOffset.UTC)
                    .format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private record Linked(RegistryAccess access, String writeId) {}

    private record SyncOutcome(RegistryAccess access, String summary, List<Conflict> conflicts) {}

    private static String pulled(SiteSync.PullReport r) {
        return "received " + r.added() + " new, " + r.changed() + " changed, " + r.deleted() + " deleted"
                + (r.items().describe().isEmpty() ? "" : "; " + r.items().describe());
    }

    private static String words(SyncOptions.Step step) {
        return switch (step) {
            case PULL_FETCHED -> "Receiving the team's changes";
            case PULL_APPLIED -> "Applied the team's changes";
            case PUSH_PREPARED -> "Sending your changes";
            case PUSH_SENT, PUSH_RECORDED -> "Sent your changes";
        };
    }
}
