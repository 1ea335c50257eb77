package org.standoff.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.io.registry.PgCluster;
import org.standoff.io.registry.RegistryConnection;
import org.standoff.io.registry.RegistryLink;
import org.standoff.io.registry.RegistrySchema;
import org.standoff.io.registry.RegistrySettings;
import org.standoff.io.registry.SiteSync;
import org.standoff.io.registry.SslMode;
import org.standoff.io.registry.SyncOptions;
import org.standoff.io.store.ProjectFile;
import org.standoff.io.store.SiteFile;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.Zone;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.UiExecutor;

/**
 * Screens of the Registry menu as a user sees them, on a throwaway PostgreSQL cluster: the
 * connect dialog, the conflicts after a sync, a site's history. Not a test; run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.standoff.ui.RegistryScreenshots OUT_DIR}.
 */
public final class RegistryScreenshots {

    private RegistryScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/registry-screens");
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("standoff-registry-tour");
        try (PgCluster cluster = new PgCluster(Path.of("target", "pg"))) {
            cluster.sql(
                    "postgres",
                    "CREATE ROLE alice LOGIN PASSWORD 'a'",
                    "CREATE ROLE bob LOGIN PASSWORD 'b'",
                    "CREATE ROLE olga LOGIN PASSWORD 'o'",
                    "CREATE DATABASE team");
            RegistrySettings su = RegistrySettings.of(
                    "127.0.0.1", cluster.port(), "team", null, PgCluster.SUPERUSER, SslMode.DISABLE);
            try (RegistryConnection rc = RegistryConnection.open(su, PgCluster.SUPERUSER_PASSWORD.toCharArray())) {
                RegistrySchema.init(rc, PgCluster.SUPERUSER_PASSWORD.toCharArray());
            }
            cluster.sql("team", "GRANT standoff_editor TO alice, bob", "GRANT standoff_owner TO olga");
            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, "*:*:*:alice:a\n*:*:*:bob:b\n*:*:*:olga:o\n");
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            Path alice = project(
                    dir,
                    "alice",
                    cluster.port(),
                    List.of(
                            MiningSite.at("Cheyenne Data Park", -104.82, 41.13)
                                    .withOperator("High Plains Hash LLC")
                                    .withSource("Laramie County permit 2024-117"),
                            MiningSite.at("Granite Ridge", -105.6, 41.3)
                                    .withOperator("Granite Compute")
                                    .withNotes("two substations nearby")));
            // the team's owner publishes a zone; later she and alice both rename it
            Path olga = project(dir, "olga", cluster.port(), List.of());
            Zone warren = new Zone(
                    "z-warren",
                    "F.E. Warren AFB 1 mi",
                    Zone.Kind.CIRCLE,
                    null,
                    null,
                    new GeometryFactory().createPoint(new Coordinate(-104.8672, 41.1333)),
                    List.of(Zone.Band.disc(1609.344)),
                    false,
                    "#cc0000",
                    null);
            zones(olga, List.of(warren));
            push(olga);
            push(alice);
            zones(olga, List.of(warren.withName("Warren AFB (CFIUS close proximity)")));
            push(olga);
            zones(alice, List.of(warren.withName("Warren, 1 mile (Alice)")));
            Path bob = project(dir, "bob", cluster.port(), List.of());
            push(bob);
            edit(
                    bob,
                    "Cheyenne Data Park",
                    s -> s.withOperator("HPH Holdings (sold 2026)").withSource("Wyoming SOS filing 2026-03"));
            push(bob);
            edit(
                    alice,
                    "Cheyenne Data Park",
                    s -> s.withOperator("High Plains Hash, Inc.").withNotes("renamed per utility filing"));

            Platform.startup(() -> {});
            MainWindow[] window = new MainWindow[1];
            Stage[] stage = new Stage[1];
            run(() -> {
                stage[0] = new Stage();
                window[0] = StandoffApp.show(
                        stage[0],
                        AppSettings.load(Files.createTempDirectory("standoff-registry-home")),
                        UiExecutor.background());
                stage[0].setWidth(1400);
                stage[0].setHeight(880);
            });
            run(() -> window[0].project().openFile(alice));
            waitFor(() -> window[0].sites().sites().size() == 2);
            run(() -> window[0].registry().connect());
            waitFor(() -> dialog("Connect to a Team Registry") != null);
            shot(dialog("Connect to a Team Registry"), out.resolve("registry-connect.png"));
            run(() -> dialog("Connect to a Team Registry").hide());
            run(() -> window[0].registry().sync());
            waitFor(() -> dialog("Registry Conflicts") != null);
            Thread.sleep(500); // let the table lay out before the snapshot (screens only; never in tests)
            shot(dialog("Registry Conflicts"), out.resolve("registry-conflicts.png"));
            shot(stage[0], out.resolve("registry-main-after-sync.png"));
            run(() -> dialog("Registry Conflicts").hide());
            run(() -> window[0]
                    .sites()
                    .selectedProperty()
                    .set(window[0].sites().sites().get(0)));
            run(() -> window[0].registry().showHistory());
            waitFor(() -> dialog("Site History") != null);
            Thread.sleep(500);
            shot(dialog("Site History"), out.resolve("registry-history.png"));
            run(() -> Window.getWindows().stream().toList().forEach(Window::hide));
            Platform.exit();
        }
        System.out.println("screens written to " + out);
        System.exit(0);
    }

    private static Path project(Path dir, String user, int port, List<MiningSite> sites) throws Exception {
        Path p = dir.resolve(user + ".gpkg");
        ProjectFile.write(
                new Project(user, List.of(), sites, List.of(), List.of(), Project.MapViewState.WHOLE_US, Map.of()), p);
        RegistryLink.link(p, RegistrySettings.of("127.0.0.1", port, "team", null, user, SslMode.DISABLE), false);
        return p;
    }

    private static void zones(Path p, List<Zone> zones) throws Exception {
        Project pr = ProjectFile.read(p);
        ProjectFile.write(
                new Project(pr.name(), pr.layers(), pr.sites(), zones, pr.ruleSets(), pr.view(), pr.settings()), p);
    }

    private static void push(Path p) throws Exception {
        try (RegistryConnection rc =
                RegistryConnection.open(RegistryLink.settings(p).orElseThrow(), null)) {
            SiteSync.push(p, rc, SyncOptions.defaults());
        }
    }

    private static void edit(Path p, String name, java.util.function.UnaryOperator<MiningSite> change)
            throws Exception {
        try (SiteFile s = SiteFile.open(p)) {
            MiningSite site = s.all().stream()
                    .filter(x -> name.equals(x.name()))
                    .findFirst()
                    .orElseThrow();
            s.update(change.apply(site));
        }
    }

    private static Window dialog(String title) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()) {
                return s;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface FxAction {
        void run() throws Exception;
    }

    private static void run(FxAction action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Exception[] error = new Exception[1];
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Exception e) {
                error[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (error[0] != null) {
            throw error[0];
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        boolean[] done = new boolean[1];
        while (System.nanoTime() < deadline) {
            run(() -> done[0] = condition.getAsBoolean());
            if (done[0]) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
        }
        throw new IllegalStateException("the application did not settle within a minute");
    }

    private static void shot(Window w, Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        run(() -> img[0] = w.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", new File(file.toString()));
    }
}
