package org.standoff.io.registry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.standoff.io.registry.RegistryException.Problem;

/**
 * The audit trail of one site as the registry's database keeps it (table {@code site_history},
 * written by a trigger on every insert and update, append-only): who changed what and when, and
 * the source cited at that version. Stateless.
 */
public final class SiteHistory {

    /** One field's change: the values before and after as the database shows them (null: not set). */
    public record FieldChange(String before, String after) {}

    /**
     * One version of a site.
     *
     * @param operation insert, update, delete (a tombstone) or restore
     * @param changedBy the database role that made the change ({@code current_user})
     * @param source the site's source citation at this version
     * @param changes the fields that changed, by column name ({@code location} as WKT)
     */
    public record Entry(
            int version,
            String operation,
            String changedBy,
            Instant changedAt,
            String source,
            Map<String, FieldChange> changes) {

        public Entry {
            changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        }

        /** One line: {@code v2 update by bob at ...: operator "A" → "B"; source: ...}. */
        public String describe() {
            StringBuilder b =
                    new StringBuilder("v" + version + " " + operation + " by " + changedBy + " at " + changedAt);
            String sep = ": ";
            for (Map.Entry<String, FieldChange> e : changes.entrySet()) {
                b.append(sep)
                        .append(e.getKey())
                        .append(' ')
                        .append(quote(e.getValue().before()))
                        .append(" → ")
                        .append(quote(e.getValue().after()));
                sep = "; ";
            }
            return b.append(" (source: ")
                    .append(source == null ? "none cited" : source)
                    .append(')')
                    .toString();
        }

        private static String quote(String s) {
            return s == null ? "(not set)" : "\"" + s + "\"";
        }
    }

    private SiteHistory() {}

    /** The history of site {@code siteId} of {@code project}, oldest first. */
    public static List<Entry> of(Path project, RegistryConnection rc, long siteId) throws RegistryException {
        String uid = SiteSync.registryId(project, siteId);
        if (uid == null) {
            throw new RegistryException(
                    Problem.NOT_LINKED,
                    project + ": site " + siteId
                            + " has not been pushed to the registry yet, so it has no history there.");
        }
        return of(rc, UUID.fromString(uid));
    }

    /** The history of the registry's site {@code uid}, oldest first. */
    public static List<Entry> of(RegistryConnection rc, UUID uid) throws RegistryException {
        RegistrySchema.check(rc);
        try {
            List<Entry> out = new ArrayList<>();
            for (RegistryServer.HistoryRow r : new RegistryServer(rc).history(uid)) {
                out.add(new Entry(
                        r.version(),
                        r.operation(),
                        r.changedBy(),
                        r.changedAt(),
                        r.source(),
                        changes(r.changesJson())));
            }
            return out;
        } catch (SQLException e) {
            throw RegistryConnection.translate(e, rc.settings(), "reading a site's history");
        }
    }

    private static Map<String, FieldChange> changes(String json) {
        Map<String, FieldChange> out = new LinkedHashMap<>();
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            JsonObject change = e.getValue().getAsJsonObject();
            out.put(e.getKey(), new FieldChange(text(change.get("old")), text(change.get("new"))));
        }
        return out;
    }

    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }
}
