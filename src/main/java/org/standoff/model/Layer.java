package org.standoff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * A named collection of features sharing one attribute schema, in WGS84 lon/lat.
 *
 * <p>Immutable: the field and feature lists are copied on construction. The envelope is
 * computed once. Nothing here knows where the layer came from beyond the optional
 * {@link LayerSource}.
 */
public final class Layer {

    private final String name;
    private final List<Field> fields;
    private final List<Feature> features;
    private final Envelope envelope;
    private final LayerSource source;
    /** {@link #nameFieldIndex()}, chosen once: every label and finding asks for it. */
    private final int nameField;

    public Layer(String name, List<Field> fields, List<Feature> features, LayerSource source) {
        this.name = Objects.requireNonNull(name, "name");
        this.fields = List.copyOf(fields);
        this.features = List.copyOf(features);
        this.source = source;
        Envelope env = new Envelope();
        for (Feature f : this.features) {
            env.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        this.envelope = env;
        this.nameField = nameFieldIndex(this.fields);
    }

    public String name() {
        return name;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Feature> features() {
        return features;
    }

    /** The lon/lat bounding box of all features; a null envelope when the layer is empty. */
    public Envelope envelope() {
        return new Envelope(envelope);
    }

    /** Where the layer was loaded from, when known. */
    public Optional<LayerSource> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The field that names a feature, for labels and hovering: a field called "name", else the
     * first whose name contains "name", else the first text field; -1 when there is none.
     */
    public int nameFieldIndex() {
        return nameField;
    }

    /** {@link #nameFieldIndex()} for a list of fields, before a layer is built from them. */
    public static int nameFieldIndex(List<Field> fields) {
        int exact = -1;
        for (int i = 0; i < fields.size() && exact < 0; i++) {
            if (fields.get(i).name().equalsIgnoreCase("name")) {
                exact = i;
            }
        }
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().toLowerCase(java.util.Locale.ROOT).contains("name")) {
                return i;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type() == FieldType.STRING) {
                return i;
            }
        }
        return -1;
    }

    /** A display name for a feature: its name field, or "#id". */
    public String featureName(Feature f) {
        int i = nameFieldIndex();
        Object v = i < 0 ? null : f.value(i);
        return v == null || v.toString().isBlank() ? "#" + f.id() : v.toString();
    }

    /** The index of the field named {@code fieldName} (case-insensitive), or -1. */
    public int fieldIndex(String fieldName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(fieldName)) {
                return i;
            }
        }
        return -1;
    }
}
