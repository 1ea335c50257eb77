package org.standoff.ui.sites;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standoff.geo.CoordinateFormat;
import org.standoff.geo.CoordinateStyle;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteProblem;
import org.standoff.model.SiteStatus;
import org.standoff.model.SiteText;
import org.standoff.model.SiteValidator;

/**
 * The state of the add/edit site form, testable without controls: one property per field,
 * the problems of what is typed now (per field, live), and the site the form would return.
 *
 * <p><b>What blocks OK.</b> {@link SiteValidator} only flags most things for review, because an
 * import must keep every row that has a location. A person typing into a form can fix things
 * at once, so the form is stricter: an unreadable or out-of-range location, a typed capacity
 * that is not a positive number, and "confirmed" without a source are {@code BLOCKING} here.
 * Values the site already had as written (an imported status of "mothballed", a capacity of
 * "about 50") may be kept unchanged: they stay review warnings, as in the rest of Standoff.
 *
 * <p>Field keys are the store's column names ({@code name}, {@code capacity_mw}, ...) except
 * that latitude and longitude problems are reported under {@link #LOCATION}, the one text
 * field that holds both. JavaFX thread only (or one thread, in tests).
 */
public final class SiteForm {

    /** The key of the location field's problems. */
    public static final String LOCATION = "location";

    private final MiningSite original;
    private final String originalLocationText;
    private final String originalCapacityRaw;

    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty operator = new SimpleStringProperty(this, "operator");
    private final StringProperty owner = new SimpleStringProperty(this, "owner");
    private final StringProperty ownerCountry = new SimpleStringProperty(this, "ownerCountry");
    private final ObjectProperty<Parsed<Boolean>> foreignControlled =
            new SimpleObjectProperty<>(this, "foreignControlled");
    private final StringProperty capacity = new SimpleStringProperty(this, "capacity");
    private final ObjectProperty<Parsed<SiteStatus>> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty location = new SimpleStringProperty(this, "location");
    private final StringProperty address = new SimpleStringProperty(this, "address");
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final ObjectProperty<Parsed<Confidence>> confidence = new SimpleObjectProperty<>(this, "confidence");
    private final StringProperty notes = new SimpleStringProperty(this, "notes");

    private final ObservableList<SiteProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper locationPreview = new ReadOnlyStringWrapper(this, "locationPreview", "");

    /** A form for a new site at a position (e.g. where the map was clicked). */
    public static SiteForm forNew(double lon, double lat) {
        return new SiteForm(MiningSite.at(null, lon, lat));
    }

    /** A form editing {@code site}; {@link #result()} keeps its id and timestamps. */
    public static SiteForm forEdit(MiningSite site) {
        return new SiteForm(site);
    }

    private SiteForm(MiningSite site) {
        this.original = Objects.requireNonNull(site, "site");
        this.originalLocationText = locationText(site.lon(), site.lat());
        this.originalCapacityRaw = site.capacityMw().text();
        name.set(nz(site.name()));
        operator.set(nz(site.operator()));
        owner.set(nz(site.owner()));
        ownerCountry.set(nz(site.ownerCountry()));
        foreignControlled.set(site.foreignControlled());
        capacity.set(SiteText.capacity(site.capacityMw()));
        status.set(site.status());
        location.set(originalLocationText);
        address.set(nz(site.address()));
        source.set(nz(site.source()));
        confidence.set(site.confidence());
        notes.set(nz(site.notes()));
        Observable[] all = {
            name,
            operator,
            owner,
            ownerCountry,
            foreignControlled,
            capacity,
            status,
            location,
            address,
            source,
            confidence,
            notes
        };
        for (Observable o : all) {
            o.addListener(x -> revalidate());
        }
        revalidate();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty ownerCountryProperty() {
        return ownerCountry;
    }

    /** Yes, no, empty (unknown), or a value kept as written. */
    public ObjectProperty<Parsed<Boolean>> foreignControlledProperty() {
        return foreignControlled;
    }

    /** Capacity in MW as typed. */
    public StringProperty capacityProperty() {
        return capacity;
    }

    /** A known status, empty, or the imported text kept as written. */
    public ObjectProperty<Parsed<SiteStatus>> statusProperty() {
        return status;
    }

    /** The position as typed: decimal degrees, DMS or MGRS. */
    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<Parsed<Confidence>> confidenceProperty() {
        return confidence;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The site's original values for the choices: an unrecognised value stays offered so it can be kept. */
    public MiningSite original() {
        return original;
    }

    /** Every problem of the current values, blocking ones first. */
    public ObservableList<SiteProblem> problems() {
        return problems;
    }

    /** True while no problem is blocking: OK may be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The parsed location in decimal, DMS and MGRS, or "" when it cannot be read. */
    public ReadOnlyStringProperty locationPreviewProperty() {
        return locationPreview.getReadOnlyProperty();
    }

    /** The messages for one field (a key such as {@code capacity_mw} or {@link #LOCATION}), one per line. */
    public StringBinding messages(String field) {
        return Bindings.createStringBinding(
                () -> problems.stream()
                        .filter(p -> p.field().equals(field))
                        .map(SiteProblem::message)
                        .collect(Collectors.joining("\n")),
                problems);
    }

    /** True when {@code field} has a blocking problem (the view shows it as an error, else as a warning). */
    public boolean isBlocking(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field) && p.isBlocking());
    }

    /**
     * The site as the form holds it, with the original id and timestamps.
     *
     * @throws IllegalStateException if a blocking problem remains
     */
    public MiningSite result() {
        if (!valid.get()) {
            throw new IllegalStateException("the form has blocking problems: " + problems);
        }
        try {
            return build(readLocation());
        } catch (ParseException e) {
            // valid is only true when the location was read, so this is a bug, not user input.
            throw new IllegalStateException("location unreadable in a valid form", e);
        }
    }

    private void revalidate() {
        List<SiteProblem> out = new ArrayList<>();
        double[] lonLat = null;
        try {
            lonLat = readLocation();
        } catch (ParseException e) {
            out.add(new SiteProblem(
                    LOCATION,
                    e.getMessage() + ". Type decimal degrees (38.8895, -77.0353), "
                            + "DMS (38°53'22\" N 77°02'07\" W) or MGRS (18S UJ 23481 06484).",
                    SiteProblem.Severity.BLOCKING));
        }
        if (lonLat != null) {
            for (SiteProblem p : SiteValidator.locationProblems(lonLat[0], lonLat[1])) {
                out.add(new SiteProblem(LOCATION, p.message(), SiteProblem.Severity.BLOCKING));
            }
        }
        locationPreview.set(lonLat == null || !out.isEmpty() ? "" : preview(lonLat[0], lonLat[1]));

        Parsed<Double> cap = SiteText.parseCapacity(capacity.get());
        boolean keptCapacity = cap.needsReview() && cap.text().equals(originalCapacityRaw);
        if (cap.needsReview() && !keptCapacity) {
            out.add(new SiteProblem(
                    "capacity_mw",
                    "Capacity must be a number of megawatts, such as 50 or 12.5.",
                    SiteProblem.Severity.BLOCKING));
        } else if (cap.isKnown() && !(cap.value() > 0 && Double.isFinite(cap.value()))) {
            out.add(new SiteProblem(
                    "capacity_mw", "Capacity must be a positive number of megawatts.", SiteProblem.Severity.BLOCKING));
        }
        boolean confirmedWithoutSource = orEmpty(confidence.get()).value() == Confidence.CONFIRMED
                && nz(source.get()).isBlank();
        if (confirmedWithoutSource) {
            out.add(new SiteProblem(
                    "confidence",
                    "A source is required before the site counts as confirmed: "
                            + "add the source citation or choose a lower confidence.",
                    SiteProblem.Severity.BLOCKING));
        }

        // The rest (name, kept status/confidence/capacity text, foreign control, country) are
        // the validator's review flags, worded the same way as on import.
        MiningSite site = build(lonLat != null ? lonLat : new double[] {original.lon(), original.lat()});
        for (SiteProblem p : SiteValidator.validate(site)) {
            boolean handled = p.field().equals("latitude")
                    || p.field().equals("longitude")
                    || (p.field().equals("capacity_mw") && !keptCapacity)
                    || (p.field().equals("confidence") && confirmedWithoutSource);
            if (!handled) {
                out.add(p);
            }
        }
        out.sort((a, b) -> Boolean.compare(b.isBlocking(), a.isBlocking()));
        problems.setAll(out);
        valid.set(out.stream().noneMatch(SiteProblem::isBlocking));
    }

    /** {lon, lat}; the original position exactly while the text is unchanged (the text is rounded). */
    private double[] readLocation() throws ParseException {
        String text = nz(location.get());
        if (text.strip().equals(originalLocationText)) {
            return new double[] {original.lon(), original.lat()};
        }
        double[] latLon = CoordinateFormat.parseLatLon(text);
        return new double[] {latLon[1], latLon[0]};
    }

    private MiningSite build(double[] lonLat) {
        return new MiningSite(
                original.id(),
                name.get(),
                operator.get(),
                owner.get(),
                ownerCountry.get(),
                orEmpty(foreignControlled.get()),
                SiteText.parseCapacity(capacity.get()),
                orEmpty(status.get()),
                lonLat[0],
                lonLat[1],
                address.get(),
                source.get(),
                orEmpty(confidence.get()),
                notes.get(),
                original.created(),
                original.updated());
    }

    /** The text a position is shown with at first: decimal degrees with hemisphere letters. */
    static String locationText(double lon, double lat) {
        if (SiteValidator.locationProblems(lon, lat).isEmpty()) {
            return CoordinateFormat.latLon(lat, lon, CoordinateStyle.DECIMAL);
        }
        // Out of range (possible in memory, see MiningSite): show the numbers so they can be fixed.
        return SiteText.number(lat) + ", " + SiteText.number(lon);
    }

    /** The position in the three formats, e.g. for the line under the location field. */
    static String preview(double lon, double lat) {
        String mgrs = CoordinateFormat.mgrs(lat, lon);
        return CoordinateFormat.latLon(lat, lon, CoordinateStyle.DECIMAL) + " · "
                + CoordinateFormat.latLon(lat, lon, CoordinateStyle.DMS) + (mgrs.isEmpty() ? "" : " · MGRS " + mgrs);
    }

    /** A choice box may briefly hold null while its items change: read that as "not given". */
    private static <T> Parsed<T> orEmpty(Parsed<T> p) {
        return p == null ? Parsed.empty() : p;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
