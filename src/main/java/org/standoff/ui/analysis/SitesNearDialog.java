package org.standoff.ui.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.locationtech.jts.geom.Geometry;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.distance.PreparedGeodesicGeometry;
import org.standoff.model.MiningSite;
import org.standoff.render.ZonePainter;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.sites.SitesViewModel;

/**
 * The inverse question: the sites within a radius of one installation or substation, nearest
 * first, by exact geodesic distance to the feature (its boundary for polygons). Choosing a row
 * selects the site.
 */
public final class SitesNearDialog {

    /** One answer row. */
    public record Row(MiningSite site, double metres) {}

    private SitesNearDialog() {}

    /** Sites within {@code radius} metres of the geometry, nearest first; runs off the JavaFX thread. */
    public static List<Row> near(Geometry feature, List<MiningSite> sites, double radius) {
        PreparedGeodesicGeometry g = PreparedGeodesicGeometry.of(feature);
        List<Row> out = new ArrayList<>();
        for (MiningSite s : sites) {
            double lower = g.lowerBound(s.lon(), s.lat());
            if (lower > radius) {
                continue;
            }
            double d = g.nearest(s.lon(), s.lat()).map(n -> n.distanceMetres()).orElse(Double.POSITIVE_INFINITY);
            if (d <= radius) {
                out.add(new Row(s, d));
            }
        }
        out.sort(Comparator.comparingDouble(Row::metres));
        return out;
    }

    public static void show(
            Window owner,
            String featureName,
            Geometry feature,
            SitesViewModel sites,
            LengthUnit unit,
            UiExecutor executor) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Sites Near " + featureName);
        d.setHeaderText("Sites within a radius of " + featureName + " (from its boundary), nearest first");
        TextField radius = new TextField("10");
        radius.setId("near-radius");
        radius.setPrefColumnCount(5);
        Button find = new Button("Find");
        find.setId("near-find");
        Label status = new Label();
        TableView<Row> table = new TableView<>();
        table.setId("near-table");
        TableColumn<Row, String> name = new TableColumn<>("Site");
        name.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().site().name()));
        name.setPrefWidth(220);
        TableColumn<Row, String> dist = new TableColumn<>("Distance");
        dist.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                ZonePainter.number(unit.fromMetres(c.getValue().metres())) + " " + unit.symbol()));
        dist.setPrefWidth(100);
        table.getColumns().add(name);
        table.getColumns().add(dist);
        table.setPrefSize(360, 300);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                sites.selectedProperty().set(b.site());
            }
        });
        List<MiningSite> snapshot = List.copyOf(sites.sites());
        find.setOnAction(e -> {
            double r;
            try {
                r = unit.toMetres(Double.parseDouble(radius.getText().strip()));
            } catch (NumberFormatException ex) {
                status.setText("Type a radius in " + unit.label());
                return;
            }
            Task<List<Row>> task = new Task<>() {
                @Override
                protected List<Row> call() {
                    return near(feature, snapshot, r);
                }
            };
            task.setOnSucceeded(ev -> {
                table.getItems().setAll(task.getValue());
                status.setText(task.getValue().size() + " sites");
            });
            status.setText("Searching…");
            executor.submit(task);
        });
        d.getDialogPane()
                .setContent(new VBox(
                        8, new HBox(6, new Label("Within"), radius, new Label(unit.symbol()), find, status), table));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
        find.fire();
    }
}
