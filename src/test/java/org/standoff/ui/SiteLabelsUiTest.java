package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.Geodesic;
import org.standoff.model.MiningSite;
import org.standoff.model.Zone;
import org.standoff.render.label.LabelPriority;
import org.standoff.render.label.PlacedLabel;
import org.standoff.ui.base.UiExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Site names on the map: placed by the page's label engine, flagged sites first, never overlapping, following pan and zoom. */
@ExtendWith(ApplicationExtension.class)
class SiteLabelsUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = StandoffApp.show(stage, UiTestHome.fresh(), UiExecutor.background());
    }

    /** The names placed for the view as it is now, once the layer has caught up with it. */
    private List<PlacedLabel> namesNow() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.map().siteLabels().isCurrent())
                        .get());
        return WaitForAsyncUtils.asyncFx(() -> window.map().siteLabels().placed())
                .get();
    }

    @Test
    void flaggedSitesAreNamedFirstWithoutOverlapAndTheNamesFollowAPan(FxRobot robot) throws Exception {
        double lon = -104.8;
        double lat = 41.15;
        robot.interact(() -> {
            window.map().setViewOf(lat, lon, 11);
            // A tight cluster: not every name fits, and the one a zone flags must win.
            for (int i = 0; i < 12; i++) {
                double[] p = Geodesic.destination(lon, lat, i * 8, 2000 + 700 * i);
                window.sites().add(MiningSite.at("Cluster site " + i, p[0], p[1]));
            }
            double[] flagged = Geodesic.destination(lon, lat, 225, 1500);
            window.sites().add(MiningSite.at("Flagged mine", flagged[0], flagged[1]));
            double[] rival = Geodesic.destination(flagged[0], flagged[1], 45, 250);
            window.sites().add(MiningSite.at("Rival site", rival[0], rival[1]));
            window.zones()
                    .add(new Zone(
                            window.zones().newId(),
                            "Small circle",
                            Zone.Kind.CIRCLE,
                            null,
                            null,
                            new GeometryFactory().createPoint(new Coordinate(flagged[0], flagged[1])),
                            List.of(Zone.Band.disc(100)),
                            false,
                            window.zones().nextColour(),
                            null));
        });
        AnalysisWait.current(
                window.analysis(),
                "the flagged mine's finding",
                f -> f.values().stream().anyMatch(x -> x.flagged()));
        List<PlacedLabel> names = namesNow();
        PlacedLabel mine = names.stream()
                .filter(p -> p.text().equals("Flagged mine"))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(names.stream().map(PlacedLabel::text).toList()));
        assertEquals(LabelPriority.FLAGGED_SITE, mine.request().priority());
        assertTrue(
                names.size() > 3 && names.size() < 14,
                "some names placed, not all of a crowded cluster: " + names.size());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                assertFalse(
                        overlap(names.get(i).box(), names.get(j).box()), names.get(i) + " overlaps " + names.get(j));
            }
        }

        robot.interact(() -> window.map().panBy(100, 0));
        List<PlacedLabel> after = namesNow();
        PlacedLabel moved = after.stream()
                .filter(p -> p.text().equals("Flagged mine"))
                .findFirst()
                .orElseThrow();
        assertEquals(mine.at().x() - 100, moved.at().x(), 1.5, "the name moved with the map");
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
