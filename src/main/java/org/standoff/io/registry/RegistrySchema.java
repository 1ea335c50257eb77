package org.standoff.io.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;
import org.standoff.io.registry.RegistryException.Problem;

/**
 * The registry's schema in PostgreSQL: created and migrated by Flyway from the versioned scripts
 * in {@code org/standoff/io/registry/migration/} ({@code V1__...sql}, never edited once released),
 * recorded in Flyway's {@code flyway_schema_history} table inside the registry's schema.
 *
 * <p>{@link #init} makes the schema, the tables, triggers and the three roles (viewer, editor,
 * owner: {@link RegistrySettings#viewerRole()} ...), or brings an older registry up to
 * {@link #SUPPORTED_VERSION}. It needs an account that may create schemas and roles (and the
 * PostGIS extension, unless a DBA made it). {@link #check} is what every other operation does
 * first: a registry made by a newer Standoff is refused with {@link Problem#NEWER_SCHEMA}, an
 * older one with {@link Problem#OLDER_SCHEMA}, a schema without a registry with
 * {@link Problem#NOT_A_REGISTRY}; nothing is changed by a refused operation. Stateless.
 */
public final class RegistrySchema {

    /** The newest registry schema version this build knows: the last migration script's. */
    public static final String SUPPORTED_VERSION = "2";

    private static final String LOCATION = "classpath:org/standoff/io/registry/migration";

    static {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }

    private RegistrySchema() {}

    /**
     * Creates the registry in the connection's schema, or migrates an older one; returns the
     * schema version now in place. Safe to run again on a current registry (it changes nothing).
     *
     * @param password the password the connection was made with, or null for the password file
     */
    public static String init(RegistryConnection rc, char[] password) throws RegistryException {
        RegistrySettings s = rc.settings();
        String current = installedVersion(rc);
        if (current != null && MigrationVersion.fromVersion(current).isNewerThan(SUPPORTED_VERSION)) {
            throw newer(s, current);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(s.jdbcUrl());
        for (Map.Entry<Object, Object> e : s.properties(password).entrySet()) {
            try {
                ds.setProperty((String) e.getKey(), (String) e.getValue());
            } catch (SQLException ex) {
                throw new RegistryException(
                        Problem.BAD_SETTINGS, s.where() + ": bad connection setting " + e.getKey(), ex);
            }
        }
        Flyway flyway = Flyway.configure(RegistrySchema.class.getClassLoader())
                .dataSource(ds)
                .schemas(s.schema())
                .createSchemas(true)
                .locations(LOCATION)
                .placeholders(Map.of(
                        "viewer_role", s.viewerRole(), "editor_role", s.editorRole(), "owner_role", s.ownerRole()))
                .load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw RegistryConnection.translate(sql, s, "creating the registry");
            }
            throw new RegistryException(
                    Problem.OTHER, s.where() + ": creating the registry failed: " + e.getMessage(), e);
        }
        return installedVersion(rc);
    }

    /**
     * Refuses a registry this build cannot work with (see the class comment) and returns the
     * registry's id, which a linked project remembers.
     */
    public static UUID check(RegistryConnection rc) throws RegistryException {
        RegistrySettings s = rc.settings();
        String version = installedVersion(rc);
        if (version == null) {
            throw new RegistryException(
                    Problem.NOT_A_REGISTRY,
                    s.where() + ": there is no Standoff registry in schema " + s.schema() + " (or user " + s.user()
                            + " may not see it). Its owner makes one with 'standoff registry init'.");
        }
        MigrationVersion v = MigrationVersion.fromVersion(version);
        if (v.isNewerThan(SUPPORTED_VERSION)) {
            throw newer(s, version);
        }
        if (!v.equals(MigrationVersion.fromVersion(SUPPORTED_VERSION))) {
            throw new RegistryException(
                    Problem.OLDER_SCHEMA,
                    s.where() + ": the registry has schema version " + version + ", older than this Standoff's "
                            + SUPPORTED_VERSION + "; its owner upgrades it with 'standoff registry init'.");
        }
        try (PreparedStatement ps = rc.jdbc().prepareStatement("SELECT registry_id FROM registry_info");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new RegistryException(
                        Problem.NOT_A_REGISTRY, s.where() + ": the registry's registry_info row is missing.");
            }
            return (UUID) rs.getObject(1);
        } catch (SQLException e) {
            throw RegistryConnection.translate(e, s, "reading the registry's id");
        }
    }

    /** The schema version recorded by Flyway, or null when the schema holds no registry (or it cannot be seen). */
    static String installedVersion(RegistryConnection rc) throws RegistryException {
        RegistrySettings s = rc.settings();
        try (PreparedStatement exists = rc.jdbc().prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, "\"" + s.schema() + "\".flyway_schema_history");
            try (ResultSet rs = exists.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return null;
                }
            }
            try (PreparedStatement ps = rc.jdbc()
                            .prepareStatement(
                                    "SELECT version FROM \"" + s.schema()
                                            + "\".flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return null;
            }
            throw RegistryConnection.translate(e, s, "reading the registry's schema version");
        }
    }

    private static RegistryException newer(RegistrySettings s, String version) {
        return new RegistryException(
                Problem.NEWER_SCHEMA,
                s.where() + ": the registry was made by a newer Standoff (schema version " + version
                        + "; this version works with " + SUPPORTED_VERSION
                        + "). Use a newer Standoff; nothing was changed.");
    }
}
