package org.standoff.io.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Runs a unit of work all-or-nothing on a connection that may or may not already be inside the
 * caller's transaction: in auto-commit mode it opens and commits its own transaction; otherwise
 * it works inside a savepoint, so a failure undoes only this work and the caller's transaction
 * stays the caller's to commit. Not thread-safe (nor is a JDBC connection).
 */
final class Transactions {

    /** Work that may fail with SQL or store errors. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException, StoreException;
    }

    private Transactions() {
    }

    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException, StoreException {
        if (c.getAutoCommit()) {
            c.setAutoCommit(false);
            boolean done = false;
            try {
                T result = work.run();
                c.commit();
                done = true;
                return result;
            } finally {
                if (!done) {
                    c.rollback();
                }
                c.setAutoCommit(true);
            }
        }
        Savepoint sp = c.setSavepoint();
        boolean done = false;
        try {
            T result = work.run();
            c.releaseSavepoint(sp);
            done = true;
            return result;
        } finally {
            if (!done) {
                c.rollback(sp);
                c.releaseSavepoint(sp);
            }
        }
    }
}
