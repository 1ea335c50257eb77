package org.standoff.io.registry;

import java.util.UUID;
import org.standoff.model.MiningSite;

/**
 * One site row of the registry as a pull sees it: its fields (as a {@link MiningSite} with id 0
 * and no timestamps), its version, the revision it was changed at, whether it is a tombstone, and
 * who changed it last and when (ISO 8601 UTC, to the millisecond). Immutable.
 */
record RemoteSite(
        UUID uid, int version, long revision, boolean deleted, MiningSite site, String updatedBy, String updatedAt) {}
