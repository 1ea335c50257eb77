package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.registry.Conflict;
import org.standoff.io.registry.RegistryConnection;
import org.standoff.io.registry.RegistryLink;
import org.standoff.io.registry.RegistryTestCluster;
import org.standoff.io.registry.SiteSync;
import org.standoff.io.registry.SyncOptions;
import org.standoff.io.store.ProjectFile;
import org.standoff.io.store.SiteFile;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Registry > Sync shows a conflict field by field; Take Theirs settles it and the next Sync sends the result. */
@Tag("registry")
@ExtendWith({RegistryTestCluster.class, ApplicationExtension.class})
class RegistryUiTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private String db;
    private Path alice;
    private Path bob;

    @Start
    void start(Stage s) {
        window = StandoffApp.show(s, UiTestHome.fresh(), UiExecutor.background());
    }

    @BeforeEach
    void aliceAndBobShareASiteAndChangeItsOperator() throws Exception {
        db = RegistryTestCluster.newRegistry();
        Path pgpass = dir.resolve("pgpass");
        String pw = RegistryTestCluster.PASSWORD.replace("\\", "\\\\").replace(":", "\\:");
        Files.writeString(pgpass, "*:*:*:alice:" + pw + "\n*:*:*:bob:" + pw + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        alice = project("alice", List.of(MiningSite.at("Alpha", -104.8, 41.1).withOperator("Base Op")));
        sync(alice, "alice");
        bob = project("bob", List.of());
        sync(bob, "bob");
        edit(bob, "Bob's Op");
        sync(bob, "bob");
        edit(alice, "Alice's Op");
    }

    @AfterEach
    void noPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    private Path project(String user, List<MiningSite> sites) throws Exception {
        Path p = dir.resolve(user + ".gpkg");
        ProjectFile.write(
                new Project(
                        user,
                        List.of(),
                        sites,
                        List.of(),
                        List.of(),
                        Project.MapViewState.WHOLE_US,
                        java.util.Map.of()),
                p);
        RegistryLink.link(p, RegistryTestCluster.settings(db, user), false);
        return p;
    }

    private static void sync(Path p, String user) throws Exception {
        try (RegistryConnection rc =
                RegistryConnection.open(RegistryLink.settings(p).orElseThrow(), null)) {
            SiteSync.push(p, rc, SyncOptions.defaults());
        }
    }

    private static void edit(Path p, String operator) throws Exception {
        try (SiteFile s = SiteFile.open(p)) {
            s.update(s.all().get(0).withOperator(operator));
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<Conflict> conflictsTable(FxRobot robot) {
        return robot.lookup("#registry-conflicts").queryAs(TableView.class);
    }

    @Test
    void aConflictIsShownFieldByFieldAndTakeTheirsSettlesIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.project().openFile(alice));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.sites().sites().size() == 1
                        && alice.equals(window.project().fileProperty().get()));
        robot.interact(() -> window.registry().sync());
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#registry-conflicts").tryQuery().isPresent()
                        && conflictsTable(robot).getItems().size() == 1);
        Conflict k = conflictsTable(robot).getItems().get(0);
        assertEquals("operator", k.field());
        assertEquals("Alice's Op", k.mine());
        assertEquals("Bob's Op", k.theirs());
        assertEquals("bob", k.changedBy());
        assertEquals(
                "alice may read and edit sites (not manage roles)",
                window.registry().accessProperty().get().describe());

        robot.interact(() -> conflictsTable(robot).getSelectionModel().select(0));
        robot.clickOn("#registry-take-theirs");
        settled(robot);

        robot.interact(() -> window.registry().sync());
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.viewModel().statusProperty().get().startsWith("Synced:"));
        assertTrue(SiteSync.conflicts(alice).isEmpty());
        assertEquals(0, SiteSync.status(alice).changed(), "nothing left to send: theirs was taken");
    }

    @Test
    void aPullWhileTheAppHasTheProjectOpenIsNotOverwrittenByItsNextSave(FxRobot robot) throws Exception {
        robot.interact(() -> window.project().openFile(alice));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.sites().sites().size() == 1
                        && alice.equals(window.project().fileProperty().get()));
        try (RegistryConnection rc =
                RegistryConnection.open(RegistryLink.settings(alice).orElseThrow(), null)) {
            SiteSync.pull(
                    alice, rc, SyncOptions.defaults()); // 'standoff registry pull' from a terminal, the app still open
        }
        String pulled = ProjectFile.writeId(alice);
        assertEquals(1, SiteSync.conflicts(alice).size(), "the pull found Bob's operator against Alice's");
        robot.interact(() -> {
            window.project().markChanged();
            window.project().save();
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#project-changed").tryQuery().isPresent());
        assertEquals(pulled, ProjectFile.writeId(alice), "the app wrote nothing over the pull");
        assertEquals(1, SiteSync.conflicts(alice).size());
        robot.clickOn("Reopen");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !window.project().dirtyProperty().get()
                        && window.viewModel().statusProperty().get().startsWith("Opened alice.gpkg"));
        robot.interact(() -> {
            window.project().markChanged();
            window.project().save();
        });
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.viewModel().statusProperty().get().startsWith("Saved alice.gpkg"));
        assertEquals(1, SiteSync.conflicts(alice).size(), "after reopening, a save keeps what the pull brought");
    }

    @Test
    void saveAsKeepsTheRegistryLink(FxRobot robot) throws Exception {
        robot.interact(() -> window.project().openFile(alice));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.sites().sites().size() == 1
                        && alice.equals(window.project().fileProperty().get()));
        Path copy = dir.resolve("alice-copy.gpkg");
        robot.interact(() -> window.project().saveTo(copy, null)); // what Save As does once the file is chosen
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.viewModel().statusProperty().get().startsWith("Saved alice-copy.gpkg"));
        assertEquals(
                "Saved alice-copy.gpkg", window.viewModel().statusProperty().get());
        assertEquals(RegistryLink.settings(alice), RegistryLink.settings(copy));
        SiteSync.LocalStatus before = SiteSync.status(alice);
        SiteSync.LocalStatus after = SiteSync.status(copy);
        assertEquals(before.cursor(), after.cursor());
        assertEquals(1, after.changed(), "Alice's unsent operator change goes with the copy");
        assertEquals(0, after.added(), "the synced site stays the registry's, not a new one");
        try (RegistryConnection rc =
                RegistryConnection.open(RegistryLink.settings(copy).orElseThrow(), null)) {
            SiteSync.PushReport r =
                    SiteSync.push(copy, rc, SyncOptions.defaults()); // the same registry: no 'another registry' refusal
            assertEquals(1, r.pulled().conflicts());
        }
    }

    private void settled(FxRobot robot) throws Exception {
        try {
            waitSettled(robot);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(
                    "status: " + window.viewModel().statusProperty().get() + "; dirty "
                            + window.project().dirtyProperty().get()
                            + "; rows " + conflictsTable(robot).getItems().size() + "; summary "
                            + robot.lookup("#registry-conflicts-summary")
                                    .queryAs(Label.class)
                                    .getText() + "; sites " + window.sites().sites(),
                    e);
        }
    }

    private void waitSettled(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> conflictsTable(robot).getItems().isEmpty()
                        && robot.lookup("#registry-conflicts-summary")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("No open conflicts")
                        && window.sites().sites().size() == 1
                        && "Bob's Op".equals(window.sites().sites().get(0).operator()));
    }
}
