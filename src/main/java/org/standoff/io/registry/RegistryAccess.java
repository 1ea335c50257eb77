package org.standoff.io.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the connected role may do in a registry, as its grants say (the database decides; this
 * only reports, so the UI can disable what would be refused). Immutable.
 *
 * @param user the role connected ({@code current_user})
 * @param read may pull sites and read the history
 * @param edit may push: add, change and delete sites
 * @param manage may publish the team's zones and rule sets and grant the viewer and editor roles
 *     to others (the owner role)
 */
public record RegistryAccess(String user, boolean read, boolean edit, boolean manage) {

    /** Asks the server. */
    public static RegistryAccess of(RegistryConnection rc) throws RegistryException {
        RegistrySettings s = rc.settings();
        String site = "\"" + s.schema() + "\".site";
        try (PreparedStatement ps = rc.jdbc()
                .prepareStatement(
                        "SELECT current_user, has_table_privilege(?, 'SELECT'), "
                                + "has_table_privilege(?, 'INSERT') AND has_table_privilege(?, 'UPDATE'), "
                                + "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                                + "OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = ? AND pg_has_role(current_user, r.oid, 'MEMBER'))")) {
            ps.setString(1, site);
            ps.setString(2, site);
            ps.setString(3, site);
            ps.setString(4, s.ownerRole());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new RegistryAccess(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4));
            }
        } catch (SQLException e) {
            throw RegistryConnection.translate(e, s, "reading the role's grants");
        }
    }

    /** In words: {@code alice may read and edit sites (not manage roles)}. */
    public String describe() {
        if (!read) {
            return user + " may not read this registry (no grant of the viewer role)";
        }
        return user + " may read" + (edit ? " and edit sites" : " sites (not edit them: pull only)")
                + (manage ? ", publish the team's zones and rule sets, and manage its roles" : " (not manage roles)");
    }
}
