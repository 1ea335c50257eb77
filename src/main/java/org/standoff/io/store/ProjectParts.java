package org.standoff.io.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * The zones and rule sets of a project file, read and replaced on a connection inside
 * {@link ProjectFile#update}'s transaction, for a neighbour that syncs them (the team registry,
 * issue #21) without reading and writing the whole project. Order is kept as given. Stateless.
 */
public final class ProjectParts {

    private ProjectParts() {
    }

    public static List<Zone> zones(Connection c, String what) throws SQLException, StoreException {
        return new ProjectRows(c, what).readZones();
    }

    public static void replaceZones(Connection c, String what, List<Zone> zones) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + ProjectSchema.ZONES);
        }
        new ProjectRows(c, what).writeZones(zones);
    }

    public static List<RuleSet> ruleSets(Connection c, String what) throws SQLException, StoreException {
        return new ProjectRows(c, what).readRuleSets();
    }

    public static void replaceRuleSets(Connection c, String what, List<RuleSet> sets) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + ProjectSchema.RULES);
            s.execute("DELETE FROM " + ProjectSchema.RULE_SETS);
        }
        new ProjectRows(c, what).writeRuleSets(sets);
    }
}
