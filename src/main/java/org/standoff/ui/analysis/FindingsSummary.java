package org.standoff.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.standoff.analysis.Finding;
import org.standoff.geo.LengthUnit;
import org.standoff.render.ZonePainter;

/**
 * The findings at a glance: how many sites lie in each zone and rule, a histogram of distances
 * to the nearest installation, and the installations with the most sites nearest to them.
 */
public final class FindingsSummary extends HBox {

    /** Histogram bin edges, in the display unit. */
    static final double[] BINS = {1, 5, 10, 30, 100};

    private final ListView<String> perZone = new ListView<>();
    private final ListView<String> topInstallations = new ListView<>();
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ObjectProperty<LengthUnit> unit;

    public FindingsSummary(AnalysisService analysis, ObjectProperty<LengthUnit> unit) {
        this.unit = unit;
        setId("findings-summary");
        setSpacing(10);
        setPadding(new Insets(6));
        perZone.setId("summary-zones");
        topInstallations.setId("summary-top");
        histogram.setId("summary-histogram");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.setTitle("Sites by distance to the nearest installation");
        histogram.setPrefHeight(200);
        VBox zones = new VBox(4, new Label("Sites per zone and rule"), perZone);
        VBox top = new VBox(4, new Label("Installations with the most sites nearest them"), topInstallations);
        HBox.setHgrow(histogram, Priority.ALWAYS);
        getChildren().addAll(zones, histogram, top);
        // no map comparison (an invalidation listener), and no work while hidden: a pass over 100,000 findings on the
        // JavaFX thread at every publish; brought up to date when shown (see refreshIfShown)
        this.analysis = analysis;
        analysis.findingsProperty().addListener(o -> refreshIfShown());
        Label zonesTitle = (Label) zones.getChildren().get(0);
        analysis.pendingProperty().addListener((o, a, b) -> {
            zonesTitle.setText(b ? "Sites per zone and rule (computing…)" : "Sites per zone and rule");
            setOpacity(b ? 0.6 : 1);
        });
        unit.addListener((o, a, b) -> refreshIfShown());
        // shown when its tab's content region becomes visible
        org.standoff.ui.base.Shown.onParentVisibility(this, this::refreshIfShown);
    }

    private final AnalysisService analysis;
    /** The findings last summarised; the summary is stale while they are not the current ones. */
    private Map<Long, Finding> shown;

    private LengthUnit shownUnit;

    /** Summarises the current findings if this view is showing and not up to date; its tab calls this when selected. */
    public void refreshIfShown() {
        Map<Long, Finding> now = analysis.findingsProperty().get();
        if ((now != shown || unit.get() != shownUnit) && org.standoff.ui.base.Shown.isShown(this)) {
            shown = now;
            shownUnit = unit.get();
            update(now);
        }
    }

    private void update(Map<Long, Finding> findings) {
        Map<String, Integer> zoneCounts = new LinkedHashMap<>();
        Map<String, Integer> nearestCounts = new HashMap<>();
        int[] bins = new int[BINS.length + 1];
        LengthUnit u = unit.get();
        for (Finding f : findings.values()) {
            f.hits().stream()
                    .map(Finding.ZoneHit::zoneName)
                    .distinct()
                    .forEach(z -> zoneCounts.merge(z, 1, Integer::sum));
            f.nearestInstallation().ifPresent(n -> {
                nearestCounts.merge(n.featureName(), 1, Integer::sum);
                bins[bin(u.fromMetres(n.distanceMetres()))]++;
            });
        }
        perZone.getItems()
                .setAll(zoneCounts.entrySet().stream()
                        .map(e -> e.getValue() + "  " + e.getKey())
                        .toList());
        List<Map.Entry<String, Integer>> top = new ArrayList<>(nearestCounts.entrySet());
        top.sort((a, b) -> b.getValue() - a.getValue());
        topInstallations
                .getItems()
                .setAll(top.stream()
                        .limit(15)
                        .map(e -> e.getValue() + "  " + e.getKey())
                        .toList());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < bins.length; i++) {
            series.getData().add(new XYChart.Data<>(binLabel(i, u), bins[i]));
        }
        histogram.getData().setAll(List.of(series));
    }

    static int bin(double distance) {
        for (int i = 0; i < BINS.length; i++) {
            if (distance <= BINS[i]) {
                return i;
            }
        }
        return BINS.length;
    }

    static String binLabel(int i, LengthUnit u) {
        String s = u.symbol();
        if (i == 0) {
            return "≤ " + ZonePainter.number(BINS[0]) + " " + s;
        }
        if (i == BINS.length) {
            return "> " + ZonePainter.number(BINS[BINS.length - 1]) + " " + s;
        }
        return ZonePainter.number(BINS[i - 1]) + "–" + ZonePainter.number(BINS[i]) + " " + s;
    }
}
