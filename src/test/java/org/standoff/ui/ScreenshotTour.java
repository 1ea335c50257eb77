package org.standoff.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.model.Layer;
import org.standoff.sample.SyntheticData;

/**
 * Drives the real application and saves screenshots of its window, for looking at a change
 * and for the user guide. Not a test. Run under a display (e.g. {@code xvfb-run}):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.ui.ScreenshotTour OUT_DIR}
 */
public final class ScreenshotTour {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("standoff-tour");
        Layer inst = SyntheticData.installations(800, 1);
        Layer subs = SyntheticData.substations(70_000, 2);
        ShapefileWriter.write(data.resolve("installations.shp"), ShapeType.POLYGON, inst.fields(), inst.features());
        ShapefileWriter.write(data.resolve("substations.shp"), ShapeType.POINT, subs.fields(), subs.features());

        Platform.startup(() -> {});
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        run(() -> {
            stage[0] = new Stage();
            window[0] = StandoffApp.show(stage[0], AppSettings.load(Files.createTempDirectory("standoff-tour-home")), UiExecutor.background());
        });
        Thread.sleep(4000);
        shot(stage[0], out.resolve("01-start.png"));
        run(() -> window[0].loadLayer(data.resolve("substations.shp")));
        Thread.sleep(3000);
        run(() -> window[0].loadLayer(data.resolve("installations.shp")));
        Thread.sleep(3000);
        run(() -> window[0].map().showWholeUs());
        Thread.sleep(3000);
        shot(stage[0], out.resolve("02-layers.png"));
        run(() -> {
            java.util.Random r = new java.util.Random(5);
            java.util.List<org.standoff.model.MiningSite> sites = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                org.standoff.model.MiningSite s = org.standoff.model.MiningSite.at("SYNTHETIC Mine " + i, -110 + 14 * r.nextDouble(), 37 + 6 * r.nextDouble())
                        .withStatus(org.standoff.model.Parsed.of(org.standoff.model.SiteStatus.values()[r.nextInt(4)]))
                        .withForeignControlled(r.nextInt(3) == 0 ? org.standoff.model.Parsed.empty() : org.standoff.model.Parsed.of(r.nextBoolean()));
                sites.add(s);
            }
            window[0].sites().importAll(sites, java.util.List.of(), "Import");
            org.standoff.model.ProjectLayer instLayer = window[0].layers().layers().stream().filter(l -> l.role() == org.standoff.model.LayerRole.INSTALLATIONS).findFirst().orElseThrow();
            window[0].zones().add(new org.standoff.model.Zone("z1", "10 mi of installations", org.standoff.model.Zone.Kind.LAYER_BUFFER, instLayer.id(),
                    org.standoff.model.FeatureFilter.ALL, null, java.util.List.of(org.standoff.model.Zone.Band.disc(16093.44)), true, "#c0392b", null));
            window[0].map().centerOn(40.0, -104.0);
            window[0].map().zoomBy(2);
            window[0].toggleTables(true);
        });
        Thread.sleep(15000);
        run(() -> window[0].sites().selectedProperty().set(window[0].sites().sites().get(3)));
        Thread.sleep(3000);
        shot(stage[0], out.resolve("03-sites-zones.png"));
        run(() -> window[0].runProximity());
        Thread.sleep(4000);
        shot(stage[0], out.resolve("04-findings.png"));
        System.out.println("screenshots in " + out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    interface FxAction {
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
            throw new IllegalStateException("JavaFX action timed out");
        }
        if (error[0] != null) {
            throw error[0];
        }
    }

    private static void shot(Stage stage, Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        run(() -> img[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", new File(file.toString()));
    }
}
