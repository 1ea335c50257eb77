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

    private Transactions() {}

    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException, StoreException {
        if (c.getAutoCommit()) {
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                c.setAutoCommit(true);
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                // the work's own error is the one to report: SQLite may already have rolled back
                // (a full disk), and "cannot rollback - no transaction is active" would hide it
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw e;
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
