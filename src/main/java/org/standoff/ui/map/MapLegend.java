package org.standoff.ui.map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.standoff.render.Rgba;
import org.standoff.render.SiteSymbols;
import org.standoff.render.SymbolShapes;
import org.standoff.render.SymbolStyle;

/**
 * The on-map legend of site symbols in the scheme the sites are drawn in (by default shape by
 * status, colour by control), drawn from the same {@link SiteSymbols} definitions as the map and
 * print, so the three always agree. Shown in the map's lower-left corner while there are sites;
 * clicking it folds it to its title.
 */
public final class MapLegend extends VBox {

    private final VBox rows = new VBox(2);

    public MapLegend() {
        setId("map-legend");
        getStyleClass().add("map-legend");
        setPadding(new Insets(6, 8, 6, 8));
        setSpacing(3);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(true);
        Label title = new Label("Mining sites");
        title.getStyleClass().add("panel-title");
        show(SiteSymbols.Scheme.STATUS_AND_CONTROL);
        rows.setId("map-legend-rows");
        getChildren().addAll(title, rows);
        setOnMouseClicked(e -> {
            rows.setVisible(!rows.isVisible());
            rows.setManaged(rows.isVisible());
        });
    }

    /** Lists the symbols of a scheme, replacing those shown. */
    public void show(SiteSymbols.Scheme scheme) {
        rows.getChildren().clear();
        for (SiteSymbols.LegendItem item : SiteSymbols.legend(scheme)) {
            HBox row = new HBox(6, symbol(item.symbol()), new Label(item.label()));
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }

    private static Polygon symbol(SymbolStyle s) {
        double[] xy = SymbolShapes.outline(s.shape(), s.size());
        Polygon p = new Polygon(xy);
        p.setFill(fx(s.fill()));
        p.setStroke(fx(s.outline()));
        p.setStrokeWidth(s.outlineWidth());
        return p;
    }

    private static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }
}
