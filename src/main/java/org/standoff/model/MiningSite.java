package org.standoff.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One cryptocurrency mining site, in the fixed schema of DESIGN.md decision 8 (also written up
 * in {@code docs/SITES.md}).
 *
 * <table>
 * <caption>Fields</caption>
 * <tr><th>field</th><th>meaning</th></tr>
 * <tr><td>id</td><td>the store's id; 0 for a site not stored yet</td></tr>
 * <tr><td>name</td><td>the site's name; required (a missing name is flagged for review)</td></tr>
 * <tr><td>operator, owner</td><td>who runs it, who owns it; free text</td></tr>
 * <tr><td>ownerCountry</td><td>the owner's country as written; unknown names are flagged</td></tr>
 * <tr><td>foreignControlled</td><td>yes/no, or the text as written when it was neither</td></tr>
 * <tr><td>capacityMw</td><td>power capacity in megawatts, or the text as written when it was not a number</td></tr>
 * <tr><td>status</td><td>a {@link SiteStatus}, or the text as written</td></tr>
 * <tr><td>lon, lat</td><td>WGS84 decimal degrees; the only field without which a site cannot exist</td></tr>
 * <tr><td>address, source, notes</td><td>free text; source is the citation (URL, document)</td></tr>
 * <tr><td>confidence</td><td>a {@link Confidence}, or the text as written</td></tr>
 * <tr><td>created, updated</td><td>when the store first saved / last changed it (UTC, millisecond precision); null until stored</td></tr>
 * </table>
 *
 * <p><b>Guarantees.</b> Immutable. Blank strings are normalised to null (blank and absent mean
 * the same thing here); otherwise text is kept exactly as given, with no trimming. The
 * {@link Parsed} fields are never null (absent is {@link Parsed#empty()}). Timestamps are cut to
 * milliseconds so a site compares equal after a trip through the store. The record does
 * <em>not</em> check values: a site with a latitude of 95 can exist in memory so that it can
 * be reported; {@link SiteValidator} says what is wrong and the store refuses unusable
 * locations. Each {@code with...} method returns a changed copy, which suits undoable edits
 * (keep the old record to undo).
 */
public record MiningSite(
        long id,
        String name,
        String operator,
        String owner,
        String ownerCountry,
        Parsed<Boolean> foreignControlled,
        Parsed<Double> capacityMw,
        Parsed<SiteStatus> status,
        double lon,
        double lat,
        String address,
        String source,
        Parsed<Confidence> confidence,
        String notes,
        Instant created,
        Instant updated) {

    public MiningSite {
        name = blankToNull(name);
        operator = blankToNull(operator);
        owner = blankToNull(owner);
        ownerCountry = blankToNull(ownerCountry);
        foreignControlled = foreignControlled == null ? Parsed.empty() : foreignControlled;
        capacityMw = capacityMw == null ? Parsed.empty() : capacityMw;
        status = status == null ? Parsed.empty() : status;
        address = blankToNull(address);
        source = blankToNull(source);
        confidence = confidence == null ? Parsed.empty() : confidence;
        notes = blankToNull(notes);
        created = created == null ? null : created.truncatedTo(ChronoUnit.MILLIS);
        updated = updated == null ? null : updated.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new, unstored site with only a name and a location. */
    public static MiningSite at(String name, double lon, double lat) {
        return new MiningSite(
                0, name, null, null, null, null, null, null, lon, lat, null, null, null, null, null, null);
    }

    /** True only if the confidence is {@link Confidence#CONFIRMED} and there is a source. */
    public boolean isConfirmed() {
        return confidence.value() == Confidence.CONFIRMED && source != null;
    }

    /** True if any field is kept as written for review (status, confidence, capacity, foreign-controlled). */
    public boolean hasUnrecognisedValues() {
        return status.needsReview()
                || confidence.needsReview()
                || capacityMw.needsReview()
                || foreignControlled.needsReview();
    }

    /**
     * This site with each of its blank fields taken from {@code other}; fields already set are
     * kept even when {@code other} differs. Id, location and timestamps are never taken.
     */
    public MiningSite fillBlanksFrom(MiningSite other) {
        return new MiningSite(
                id,
                or(name, other.name),
                or(operator, other.operator),
                or(owner, other.owner),
                or(ownerCountry, other.ownerCountry),
                or(foreignControlled, other.foreignControlled),
                or(capacityMw, other.capacityMw),
                or(status, other.status),
                lon,
                lat,
                or(address, other.address),
                or(source, other.source),
                or(confidence, other.confidence),
                or(notes, other.notes),
                created,
                updated);
    }

    /**
     * The names of fields set in both this site and {@code other} to different values, as in
     * the store's columns (e.g. {@code operator}); what {@link #fillBlanksFrom} leaves alone.
     */
    public List<String> conflictingFields(MiningSite other) {
        List<String> out = new ArrayList<>();
        conflict(out, "name", name, other.name);
        conflict(out, "operator", operator, other.operator);
        conflict(out, "owner", owner, other.owner);
        conflict(out, "owner_country", ownerCountry, other.ownerCountry);
        conflict(out, "foreign_controlled", nullIfEmpty(foreignControlled), nullIfEmpty(other.foreignControlled));
        conflict(out, "capacity_mw", nullIfEmpty(capacityMw), nullIfEmpty(other.capacityMw));
        conflict(out, "status", nullIfEmpty(status), nullIfEmpty(other.status));
        conflict(out, "address", address, other.address);
        conflict(out, "source", source, other.source);
        conflict(out, "confidence", nullIfEmpty(confidence), nullIfEmpty(other.confidence));
        conflict(out, "notes", notes, other.notes);
        return out;
    }

    public MiningSite withId(long newId) {
        return new MiningSite(
                newId,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withName(String v) {
        return new MiningSite(
                id,
                v,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withOperator(String v) {
        return new MiningSite(
                id,
                name,
                v,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withOwner(String v) {
        return new MiningSite(
                id,
                name,
                operator,
                v,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withOwnerCountry(String v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                v,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withForeignControlled(Parsed<Boolean> v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                v,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withCapacityMw(Parsed<Double> v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                v,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withStatus(Parsed<SiteStatus> v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                v,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withLocation(double newLon, double newLat) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                newLon,
                newLat,
                address,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withAddress(String v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                v,
                source,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withSource(String v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                v,
                confidence,
                notes,
                created,
                updated);
    }

    public MiningSite withConfidence(Parsed<Confidence> v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                v,
                notes,
                created,
                updated);
    }

    public MiningSite withNotes(String v) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                v,
                created,
                updated);
    }

    public MiningSite withTimestamps(Instant newCreated, Instant newUpdated) {
        return new MiningSite(
                id,
                name,
                operator,
                owner,
                ownerCountry,
                foreignControlled,
                capacityMw,
                status,
                lon,
                lat,
                address,
                source,
                confidence,
                notes,
                newCreated,
                newUpdated);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String or(String mine, String theirs) {
        return mine != null ? mine : theirs;
    }

    private static <T> Parsed<T> or(Parsed<T> mine, Parsed<T> theirs) {
        return mine.isEmpty() ? theirs : mine;
    }

    private static Object nullIfEmpty(Parsed<?> p) {
        return p.isEmpty() ? null : p;
    }

    private static void conflict(List<String> out, String field, Object a, Object b) {
        if (a != null && b != null && !Objects.equals(a, b)) {
            out.add(field);
        }
    }
}
