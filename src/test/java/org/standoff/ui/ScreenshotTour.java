package org.standoff.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.standoff.geo.LengthUnit;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.sample.SyntheticData;
import org.standoff.ui.base.AppSettings;
import org.standoff.ui.base.UiExecutor;

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
        Layer subs = SyntheticData.substations(70_000, 2);
        ShapefileWriter.write(data.resolve("substations.shp"), ShapeType.POINT, subs.fields(), subs.features());

        Platform.startup(() -> {});
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        run(() -> {
            stage[0] = new Stage();
            window[0] = StandoffApp.show(
                    stage[0],
                    AppSettings.load(Files.createTempDirectory("standoff-tour-home")),
                    UiExecutor.background());
            stage[0].setWidth(1400);
            stage[0].setHeight(880);
        });
        settle(window[0]);
        run(() -> window[0].project().openSample());
        waitFor(() -> !window[0].sites().sites().isEmpty());
        settle(window[0]);
        shot(stage[0], out.resolve("main-window.png"));
        // the sites as a layer, categorised by status: the legend follows
        run(() -> window[0].siteZoneLayers().setScheme(org.standoff.render.SiteSymbols.Scheme.STATUS));
        settle(window[0]);
        shot(stage[0], out.resolve("sites-by-status.png"));
        run(() -> window[0].siteZoneLayers().setScheme(org.standoff.render.SiteSymbols.Scheme.STATUS_AND_CONTROL));
        run(() -> {
            window[0].map().setViewOf(41.13, -104.87, 10);
            window[0].sites().selectedProperty().set(window[0].sites().sites().get(0));
            window[0].map().setViewOf(41.14, -104.88, 11);
        });
        settle(window[0]);
        shot(stage[0], out.resolve("site-and-distances.png"));
        run(() -> {
            window[0].runProximity();
            window[0].map().setViewOf(40.5, -104.5, 7);
        });
        settle(window[0]);
        shot(stage[0], out.resolve("findings.png"));
        // a layer in NAD27 (10 m to WGS 84): ⚠ on its row, its transformation when identified, "Datum ±" in the
        // findings
        Path nad27 = data.resolve("bases-nad27.shp");
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.Coordinate[] ring = {
            new org.locationtech.jts.geom.Coordinate(-104.95, 41.10),
            new org.locationtech.jts.geom.Coordinate(-104.80, 41.10),
            new org.locationtech.jts.geom.Coordinate(-104.80, 41.20),
            new org.locationtech.jts.geom.Coordinate(-104.95, 41.20),
            new org.locationtech.jts.geom.Coordinate(-104.95, 41.10)
        };
        ShapefileWriter.write(
                nad27,
                ShapeType.POLYGON,
                List.of(org.standoff.model.Field.of("NAME", org.standoff.model.FieldType.STRING)),
                List.of(new org.standoff.model.Feature(
                        1, gf.createPolygon(ring), new Object[] {"Warren (NAD27 copy)"})),
                java.nio.charset.StandardCharsets.UTF_8,
                Files.readString(Path.of("src/test/resources/org/standoff/geo/crs/prj/4267-esri.prj")));
        int withoutNad27 = window[0].layers().layers().size();
        run(() -> window[0].loadLayer(nad27));
        waitFor(() -> window[0].layers().layers().size() > withoutNad27);
        run(() -> {
            ProjectLayer l = window[0].layers().layers().stream()
                    .filter(x -> x.name().equals("bases-nad27"))
                    .findFirst()
                    .orElseThrow();
            window[0].layers().change(l, l.withRole(LayerRole.INSTALLATIONS), "Role");
        });
        run(() -> {
            ProjectLayer l = window[0].layers().layers().stream()
                    .filter(x -> x.name().equals("bases-nad27"))
                    .findFirst()
                    .orElseThrow();
            window[0]
                    .layers()
                    .identifiedProperty()
                    .set(new org.standoff.ui.layers.LayersViewModel.Identified(
                            l, l.data().features().get(0)));
            window[0].runProximity();
            window[0].map().setViewOf(41.15, -104.85, 10);
        });
        settle(window[0]);
        shot(stage[0], out.resolve("datum-warning.png"));
        run(() -> window[0]
                .layers()
                .remove(window[0].layers().layers().stream()
                        .filter(x -> x.name().equals("bases-nad27"))
                        .findFirst()
                        .orElseThrow()));
        run(() -> window[0].showSummary());
        settle(window[0]);
        shot(stage[0], out.resolve("summary.png"));
        briefing(window[0], out.resolve("briefing.png"));
        run(() -> {
            ProjectLayer bases = window[0].layers().layers().stream()
                    .filter(l -> l.role() == LayerRole.INSTALLATIONS)
                    .findFirst()
                    .orElseThrow();
            window[0]
                    .zones()
                    .add(new Zone(
                            window[0].zones().newId(),
                            "Installations at 1, 30 and 100 mi",
                            Zone.Kind.LAYER_BUFFER,
                            bases.id(),
                            FeatureFilter.ALL,
                            null,
                            List.of(
                                    Zone.Band.disc(LengthUnit.MILE.toMetres(1)),
                                    Zone.Band.disc(LengthUnit.MILE.toMetres(30)),
                                    Zone.Band.disc(LengthUnit.MILE.toMetres(100))),
                            false,
                            window[0].zones().nextColour(),
                            null));
            window[0].map().setViewOf(40.6, -104.6, 6);
        });
        waitFor(() -> window[0].analysis().shapesProperty().get().size() > 3);
        settle(window[0]);
        shot(stage[0], out.resolve("buffers.png"));
        int before = window[0].layers().layers().size();
        run(() -> window[0].loadLayer(data.resolve("substations.shp")));
        waitFor(() -> window[0].layers().layers().size() > before);
        settle(window[0]);
        run(() -> window[0].map().showWholeUs());
        settle(window[0]);
        shot(stage[0], out.resolve("national-layers.png"));
        // a radius change with the findings still being computed: counts greyed, never a bare 0
        run(() -> {
            window[0].showSummary();
            Zone z = window[0].zones().zones().get(0);
            window[0].zones().update(z, z.withBands(List.of(Zone.Band.disc(LengthUnit.MILE.toMetres(5)))), "Radius");
        });
        shot(stage[0], out.resolve("pending.png"));

        // Go to with the gazetteer's suggestions (a popup: captured from the screen, not the scene)
        run(() -> {
            window[0].goTo();
            window[0].goToField().setText("Cheyenne");
        });
        waitFor(() -> !window[0].goToField().matches().isEmpty());
        Thread.sleep(500); // the popup's first layout pass; a screenshot only, not a test
        screen(out.resolve("goto-suggestions.png"));
        run(() -> window[0].goToField().fireEvent(new javafx.event.ActionEvent()));
        settle(window[0]);
        shot(stage[0], out.resolve("goto-cheyenne.png"));

        // Measure Area: three corners around Cheyenne, the last double-clicked
        run(() -> window[0].map().setViewOf(41.1, -104.8, 9));
        settle(window[0]);
        run(() -> window[0].measureArea());
        javafx.scene.robot.Robot[] robot = new javafx.scene.robot.Robot[1];
        run(() -> robot[0] = new javafx.scene.robot.Robot());
        double[][] corners = {{41.25, -104.95}, {40.95, -104.95}, {41.05, -104.6}};
        for (int i = 0; i < corners.length; i++) {
            double[] c = corners[i];
            int clicks = i == corners.length - 1 ? 2 : 1;
            run(() -> {
                javafx.geometry.Point2D at =
                        window[0].map().localToScreen(window[0].map().screenPointOf(c[0], c[1]));
                robot[0].mouseMove(at);
                robot[0].mouseClick(javafx.scene.input.MouseButton.PRIMARY);
                if (clicks == 2) {
                    robot[0].mouseClick(javafx.scene.input.MouseButton.PRIMARY);
                }
            });
            Thread.sleep(700); // apart, so two single clicks are not read as a double click
        }
        settle(window[0]);
        shot(stage[0], out.resolve("measure-area.png"));

        // the attribute table of the 70,000 substations, a row picked: identified on the map too
        run(() -> {
            window[0].openAttributeTable(window[0].layers().layers().get(0));
            window[0].attributeTables().values().iterator().next().setX(250);
        });
        run(() -> {
            javafx.scene.control.TableView<?> t = (javafx.scene.control.TableView<?>) window[0]
                    .attributeTables()
                    .values()
                    .iterator()
                    .next()
                    .getScene()
                    .lookup("#attribute-table");
            t.getSelectionModel().clearAndSelect(5);
        });
        settle(window[0]);
        Thread.sleep(500);
        screen(out.resolve("attribute-table.png"));
        System.out.println("screenshots in " + out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    /**
     * Waits until the map has painted the current view with its content and the analysis is
     * idle, then gives Gluon two pulses to show the tiles that came with it.
     */
    private static void settle(MainWindow w) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        boolean[] done = new boolean[1];
        while (!done[0] && System.nanoTime() < deadline) {
            run(() -> done[0] = w.map().overlay().isCurrent()
                    && !w.analysis().pendingProperty().get());
            if (!done[0]) {
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            }
        }
        for (int i = 0; i < 2; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            javafx.animation.AnimationTimer t = new javafx.animation.AnimationTimer() {
                int frames;

                @Override
                public void handle(long now) {
                    if (++frames >= 30) {
                        stop();
                        pulse.countDown();
                    }
                }
            };
            Platform.runLater(t::start);
            pulse.await(30, TimeUnit.SECONDS);
        }
    }

    /** Polls a condition on the JavaFX thread until it holds (at most a minute). */
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

    /** Opens File > Print Briefing Map, waits for its first preview, takes the dialog, closes it. */
    private static void briefing(MainWindow w, Path file) throws Exception {
        run(w::printBriefing);
        Stage[] dialog = new Stage[1];
        waitFor(() -> {
            // runs on the FX thread
            for (javafx.stage.Window win : javafx.stage.Window.getWindows()) {
                if (win instanceof Stage st
                        && "Print Briefing Map".equals(st.getTitle())
                        && st.getScene().getRoot() instanceof org.standoff.ui.print.BriefingDialog d
                        && d.previewCountProperty().get() > 0) {
                    dialog[0] = st;
                    return true;
                }
            }
            return false;
        });
        shot(dialog[0], file);
        run(() -> dialog[0].hide());
    }

    /** The whole screen, popups included. */
    private static void screen(Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        run(() -> {
            javafx.geometry.Rectangle2D b = javafx.stage.Screen.getPrimary().getBounds();
            img[0] = new javafx.scene.robot.Robot()
                    .getScreenCapture(null, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), false);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", new File(file.toString()));
    }

    private static void shot(Stage stage, Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        run(() -> img[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", new File(file.toString()));
    }
}
