package org.standoff.io.registry;

/**
 * One field of one site that this analyst and another changed differently since the base they
 * share, found by a pull and kept in the project file until resolved ({@link SiteSync#resolve}).
 * While a site has a conflict its other local changes are not pushed either. Values are the
 * canonical texts of {@link SyncField#encode} (null: not set); for {@link #WHOLE_SITE} they are
 * "deleted" or "changed". A conflict on a team zone or rule set ({@link ItemSync}) has the uid
 * {@code zone:ID} or {@code rule_set:ID}, no site id, and its name in {@code siteName}. Immutable.
 *
 * @param field a {@link SyncField#column()}, or {@link #WHOLE_SITE} when one side deleted the site
 *     and the other changed it
 * @param siteName the site's name here (or the registry's when deleted here), for the list
 * @param theirVersion the registry's version the conflict was found against
 * @param changedBy the registry role that made their change
 * @param changedAt when, ISO 8601
 */
public record Conflict(
        String uid,
        Long siteId,
        String siteName,
        String field,
        String base,
        String mine,
        String theirs,
        int theirVersion,
        String changedBy,
        String changedAt) {

    /** The field name of a delete-versus-change conflict. */
    public static final String WHOLE_SITE = "deleted";

    /** One line for a list: {@code site "Alpha": operator: base "A", yours "B", theirs "C" (bob, 2026-...)}. */
    public String describe() {
        String name = ItemSync.isItem(uid)
                ? (siteName == null ? uid : siteName)
                : siteName == null ? "site " + uid : "site \"" + siteName + "\"";
        if (WHOLE_SITE.equals(field)) {
            return name + ": "
                    + ("deleted".equals(mine)
                            ? "you deleted it; " + changedBy + " changed it"
                            : changedBy + " deleted it; you changed it")
                    + " (" + changedAt + ")";
        }
        return name + ": " + field + ": base " + quote(base) + ", yours " + quote(mine) + ", theirs " + quote(theirs)
                + " (" + changedBy + ", " + changedAt + ")";
    }

    private static String quote(String s) {
        return s == null ? "(not set)" : "\"" + s + "\"";
    }
}
