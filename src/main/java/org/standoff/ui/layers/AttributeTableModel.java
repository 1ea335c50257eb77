package org.standoff.ui.layers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.standoff.model.Feature;
import org.standoff.model.Layer;
import org.standoff.model.ProjectLayer;

/**
 * What a layer's attribute table shows: every feature of the layer, narrowed by a filter text
 * (features with any value containing it, case ignored; blank shows all), and how cells read and
 * sort (numbers as numbers, empty values last). The selection is not kept here: it is the
 * layers' identified feature, so the map and the table share one. JavaFX thread only; the layer's
 * data is immutable.
 */
public final class AttributeTableModel {

    private final ProjectLayer layer;
    private final FilteredList<Feature> rows;
    private final StringProperty filter = new SimpleStringProperty("");

    public AttributeTableModel(ProjectLayer layer) {
        this.layer = layer;
        this.rows = new FilteredList<>(
                FXCollections.observableArrayList(layer.data().features()));
        filter.addListener((o, a, b) -> rows.setPredicate(matching(b)));
    }

    public ProjectLayer layer() {
        return layer;
    }

    /** The features passing the filter, in layer order. */
    public FilteredList<Feature> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** "12 of 70,000 features", or "70,000 features" when nothing is filtered out. */
    public String countText() {
        int all = layer.data().features().size();
        return rows.size() == all
                ? String.format(Locale.ROOT, "%,d features", all)
                : String.format(Locale.ROOT, "%,d of %,d features", rows.size(), all);
    }

    /** The text of field {@code index} of a feature, "" when empty. */
    public static String text(Feature f, int index) {
        Object v = index < f.valueCount() ? f.value(index) : null;
        return v == null ? "" : v.toString();
    }

    /** Orders values as a table column should: numbers by value, text ignoring case, empty last. */
    public static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a == null || "".equals(a)) {
            return b == null || "".equals(b) ? 0 : 1;
        }
        if (b == null || "".equals(b)) {
            return -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a.toString().compareToIgnoreCase(b.toString());
    };

    private java.util.function.Predicate<Feature> matching(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        Layer data = layer.data();
        int n = data.fields().size();
        return f -> {
            for (int i = 0; i < n; i++) {
                if (text(f, i).toLowerCase(Locale.ROOT).contains(t)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The layer's field names, in order: the table's columns. */
    public List<String> columns() {
        return layer.data().fields().stream()
                .map(org.standoff.model.Field::name)
                .toList();
    }
}
