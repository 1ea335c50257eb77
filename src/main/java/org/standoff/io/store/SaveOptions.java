package org.standoff.io.store;

import java.sql.Connection;

/**
 * How one save treats what it does not write itself (see {@link ProjectFile#save}): whether it
 * first checks that the target still has the write id the project was read at, and what becomes
 * of the neighbours' tables ({@link NeighbourTables}): carried through (a plain save), replaced
 * by those of another file read on {@code neighboursFrom}, or dropped. Immutable; the
 * connection is the caller's.
 *
 * @param checkWriteId refuse the save when the target's write id is not {@code expectedWriteId}
 * @param replaceNeighbours drop the target's neighbour tables, then copy those of
 *     {@code neighboursFrom} when it is not null
 */
record SaveOptions(boolean checkWriteId, String expectedWriteId, boolean replaceNeighbours, Connection neighboursFrom) {

    /** A save that checks nothing and carries the target's neighbour tables through. */
    static final SaveOptions PLAIN = new SaveOptions(false, null, false, null);
    /** Save As from a file whose neighbour tables are not wanted: the target's own are dropped. */
    static final SaveOptions REPLACE_NEIGHBOURS = new SaveOptions(false, null, true, null);

    static SaveOptions expecting(String writeId) {
        return new SaveOptions(true, writeId, false, null);
    }

    static SaveOptions copyingFrom(Connection source) {
        return new SaveOptions(false, null, true, source);
    }
}
