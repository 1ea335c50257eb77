package org.standoff.io.registry;

import java.util.Arrays;
import org.standoff.model.MiningSite;

/**
 * The common base of one synced site, kept in the project file: the registry's version of it
 * that this project last pulled or pushed, field by field ({@link SyncField#encode}). A local
 * change is a field that differs from it; a remote change is a field the registry changed from
 * it. Version 0 is a site given a registry id but not yet known to have reached the registry.
 *
 * @param siteId the local site's id, or null when the local site is gone (a pending deletion)
 * @param deleted the base is a tombstone: deleted on the registry, kept here by a conflict
 * @param created the local site's created time when it was linked, to tell a reused id apart
 * @param fields canonical texts in {@link SyncField} order; never modified after construction
 */
record Base(String uid, Long siteId, int version, boolean deleted, String created, String[] fields) {

    static final String[] NONE = new String[SyncField.values().length];

    static String[] fieldsOf(MiningSite s) {
        SyncField[] all = SyncField.values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].encode(s);
        }
        return out;
    }

    String field(SyncField f) {
        return fields[f.ordinal()];
    }

    /** True if {@code site} differs from this base in any field. */
    boolean differsFrom(MiningSite site) {
        return !Arrays.equals(fields, fieldsOf(site));
    }
}
