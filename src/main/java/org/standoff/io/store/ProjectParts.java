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

    private ProjectParts() {}

    /**
     * The zones; refused while a zone row cannot be read (it is set aside by an open, see
     * {@link ProjectRows#readZones}): {@link #replaceZones} would delete it.
     */
    public static List<Zone> zones(Connection c, String what) throws SQLException, StoreException {
        List<ProjectRows.SetAsideZone> setAside = new java.util.ArrayList<>();
        List<Zone> zones = new ProjectRows(c, what).readZones(setAside);
        if (!setAside.isEmpty()) {
            throw new StoreException(
                    what + ": " + setAside.size() + " zone row(s) cannot be read; fix or delete them with "
                            + "'standoff project repair' before zones are synced");
        }
        return zones;
    }

    public static void replaceZones(Connection c, String what, List<Zone> zones) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + ProjectSchema.ZONES);
        }
        new ProjectRows(c, what).writeZones(zones);
    }

    /** The rule sets; refused while a rule row cannot be read, as {@link #zones} is. */
    public static List<RuleSet> ruleSets(Connection c, String what) throws SQLException, StoreException {
        List<ProjectRows.SetAsideRule> setAside = new java.util.ArrayList<>();
        List<RuleSet> sets = new ProjectRows(c, what).readRuleSets(setAside);
        if (!setAside.isEmpty()) {
            throw new StoreException(
                    what + ": " + setAside.size() + " rule row(s) cannot be read; fix or delete them with "
                            + "'standoff project repair' before rules are synced");
        }
        return sets;
    }

    public static void replaceRuleSets(Connection c, String what, List<RuleSet> sets) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + ProjectSchema.RULES);
            s.execute("DELETE FROM " + ProjectSchema.RULE_SETS);
        }
        new ProjectRows(c, what).writeRuleSets(sets);
    }
}
