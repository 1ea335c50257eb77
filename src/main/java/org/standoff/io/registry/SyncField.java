package org.standoff.io.registry;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;

/**
 * The fields of a site that sync, each compared on its own: a conflict is one field two
 * analysts changed. Each has a canonical text ({@link #encode}), equal exactly when the values
 * are equal, which the project file keeps as the common base and the conflicts list shows; null
 * is "not set". Values that were kept as written ({@link Parsed} unrecognised text) sync as
 * such. Id and timestamps do not sync: they are each store's own.
 */
public enum SyncField {
    NAME("name", MiningSite::name, MiningSite::withName),
    OPERATOR("operator", MiningSite::operator, MiningSite::withOperator),
    OWNER("owner", MiningSite::owner, MiningSite::withOwner),
    OWNER_COUNTRY("owner_country", MiningSite::ownerCountry, MiningSite::withOwnerCountry),
    FOREIGN_CONTROLLED(
            "foreign_controlled",
            s -> parsed(s.foreignControlled(), String::valueOf),
            (s, t) -> s.withForeignControlled(unparsed(t, Boolean::valueOf))),
    CAPACITY_MW(
            "capacity_mw",
            s -> parsed(s.capacityMw(), String::valueOf),
            (s, t) -> s.withCapacityMw(unparsed(t, Double::valueOf))),
    STATUS("status", s -> parsed(s.status(), SiteStatus::code), (s, t) -> s.withStatus(unparsed(t, SyncField::status))),
    LOCATION("location", s -> s.lon() + " " + s.lat(), SyncField::withLocation),
    ADDRESS("address", MiningSite::address, MiningSite::withAddress),
    SOURCE("source", MiningSite::source, MiningSite::withSource),
    CONFIDENCE(
            "confidence",
            s -> parsed(s.confidence(), Confidence::code),
            (s, t) -> s.withConfidence(unparsed(t, SyncField::confidence))),
    NOTES("notes", MiningSite::notes, MiningSite::withNotes);

    private final String column;
    private final Function<MiningSite, String> encode;
    private final BiFunction<MiningSite, String, MiningSite> apply;

    SyncField(String column, Function<MiningSite, String> encode, BiFunction<MiningSite, String, MiningSite> apply) {
        this.column = column;
        this.encode = encode;
        this.apply = apply;
    }

    /** The name shown to users and kept in the project file, as in the sites table ({@code owner_country}). */
    public String column() {
        return column;
    }

    /** The field's canonical text in {@code site}, or null when not set. */
    public String encode(MiningSite site) {
        return encode.apply(site);
    }

    /** {@code site} with this field set from a canonical text made by {@link #encode}. */
    public MiningSite apply(MiningSite site, String text) {
        return apply.apply(site, text);
    }

    /** The field named {@code column}. */
    public static SyncField ofColumn(String column) {
        for (SyncField f : values()) {
            if (f.column.equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no site field '" + column + "'");
    }

    /** Known values as "=value", text kept as written as "?text". */
    private static <T> String parsed(Parsed<T> p, Function<T, String> code) {
        if (p.isKnown()) {
            return "=" + code.apply(p.value());
        }
        return p.needsReview() ? "?" + p.text() : null;
    }

    private static <T> Parsed<T> unparsed(String text, Function<String, T> decode) {
        if (text == null || text.isEmpty()) {
            return Parsed.empty();
        }
        return text.charAt(0) == '='
                ? Parsed.of(decode.apply(text.substring(1)))
                : Parsed.unrecognised(text.substring(1));
    }

    private static MiningSite withLocation(MiningSite s, String text) {
        int space = text.indexOf(' ');
        return s.withLocation(
                Double.parseDouble(text.substring(0, space)), Double.parseDouble(text.substring(space + 1)));
    }

    private static SiteStatus status(String code) {
        for (SiteStatus s : SiteStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status code " + code);
    }

    private static Confidence confidence(String code) {
        for (Confidence c : Confidence.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence code " + code);
    }
}
