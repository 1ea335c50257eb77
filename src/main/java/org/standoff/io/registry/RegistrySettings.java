package org.standoff.io.registry;

import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How to reach a team registry: what the project file keeps about it (in
 * {@code standoff_registry}). Never a password: that comes from the PostgreSQL password file
 * ({@code ~/.pgpass} or {@code PGPASSFILE}), a service file's entry, or the user, each time
 * ({@link Passwords}).
 *
 * <p>{@code service}, when set, names an entry of the PostgreSQL service file
 * ({@code ~/.pg_service.conf} or {@code PGSERVICEFILE}); its host, port, dbname, user and sslmode
 * fill in what these settings leave out ({@link #withService}). The schema is a plain lower-case
 * SQL identifier, since it also names the registry's roles ({@link #viewerRole()} ...).
 * Immutable.
 *
 * @param sslRootCert the CA certificate file for {@code verify-ca}/{@code verify-full}, or null for
 *     the driver's default ({@code ~/.postgresql/root.crt})
 */
public record RegistrySettings(
        String host,
        int port,
        String database,
        String schema,
        String user,
        SslMode sslMode,
        String sslRootCert,
        String service) {

    /** PostgreSQL's port. */
    public static final int DEFAULT_PORT = 5432;
    /** The schema a registry is made in unless told otherwise. */
    public static final String DEFAULT_SCHEMA = "standoff";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,49}");
    /** A DNS name or IPv4 address, or an IPv6 address (with or without brackets). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})|\\[?[0-9A-Fa-f:.]{2,45}]?");

    public RegistrySettings {
        host = blankToNull(host);
        database = blankToNull(database);
        schema = blankToNull(schema) == null ? DEFAULT_SCHEMA : schema.strip();
        user = blankToNull(user);
        sslMode = sslMode == null ? SslMode.PREFER : sslMode;
        sslRootCert = blankToNull(sslRootCert);
        service = blankToNull(service);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port (1 to 65535)");
        }
        if (host != null && !HOST.matcher(host).matches()) {
            // the host goes into the JDBC URL: '/', '?' or '&' would let a project file add driver parameters
            throw new IllegalArgumentException("host '" + host + "' is not a host name or an IP address");
        }
        if (!IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException(
                    "schema '" + schema + "' must be a lower-case SQL name: letters a-z, digits and _, "
                            + "not starting with a digit, at most 50 characters");
        }
    }

    /** Settings without a service entry; port 0 means {@link #DEFAULT_PORT}. */
    public static RegistrySettings of(
            String host, int port, String database, String schema, String user, SslMode sslMode) {
        return new RegistrySettings(host, port, database, schema, user, sslMode, null, null);
    }

    /** The port to connect to. */
    public int effectivePort() {
        return port == 0 ? DEFAULT_PORT : port;
    }

    /**
     * These settings with what they leave out taken from the service file's entry.
     *
     * @throws RegistryException if the service is named but not found in the service file
     */
    public RegistrySettings withService() throws RegistryException {
        if (service == null) {
            return this;
        }
        Properties p = org.postgresql.jdbcurlresolver.PgServiceConfParser.getServiceProperties(service);
        if (p == null) {
            throw new RegistryException(
                    RegistryException.Problem.BAD_SETTINGS,
                    "service '" + service
                            + "' is not in the PostgreSQL service file (~/.pg_service.conf, or the file PGSERVICEFILE names)");
        }
        int servicePort = 0;
        String sp = p.getProperty("PGPORT");
        if (sp != null) {
            try {
                servicePort = Integer.parseInt(sp.strip());
            } catch (NumberFormatException e) {
                throw new RegistryException(
                        RegistryException.Problem.BAD_SETTINGS,
                        "service '" + service + "': port '" + sp + "' is not a number",
                        e);
            }
        }
        String mode = p.getProperty("sslmode");
        SslMode serviceMode = mode == null ? null : SslMode.parse(mode);
        return new RegistrySettings(
                or(host, p.getProperty("PGHOST")),
                port != 0 ? port : servicePort,
                or(database, p.getProperty("PGDBNAME")),
                schema,
                or(user, p.getProperty("user")),
                sslModeGiven() ? sslMode : serviceMode,
                or(sslRootCert, p.getProperty("sslrootcert")),
                service);
    }

    /** Refuses settings that cannot connect, naming what is missing. */
    void requireComplete() throws RegistryException {
        if (host == null || database == null || user == null) {
            String missing = ((host == null ? "host " : "")
                            + (database == null ? "database " : "")
                            + (user == null ? "user" : ""))
                    .strip();
            throw new RegistryException(
                    RegistryException.Problem.BAD_SETTINGS,
                    "the registry settings need a host, a database and a user (missing: " + missing + ")");
        }
    }

    /** The JDBC URL: host, port and database only; everything else goes in {@link #properties}. */
    String jdbcUrl() {
        String h = host.startsWith("[") ? host : host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + effectivePort() + "/"
                + java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The driver properties: user, password, TLS, and the search path of the registry's schema. */
    Properties properties(char[] password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        p.setProperty("sslmode", sslMode.code());
        if (sslRootCert != null) {
            p.setProperty("sslrootcert", sslRootCert);
        }
        p.setProperty("currentSchema", schema + ",public");
        p.setProperty("ApplicationName", "Standoff");
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** The role that may read the registry. */
    public String viewerRole() {
        return schema + "_viewer";
    }

    /** The role that may also add, change and delete sites. */
    public String editorRole() {
        return schema + "_editor";
    }

    /** The role that may also manage the team's roles. */
    public String ownerRole() {
        return schema + "_owner";
    }

    /** Where these settings point, for messages: {@code user@host:port/database (schema)}. */
    public String where() {
        return (user == null ? "?" : user) + "@" + (host == null ? "?" : host) + ":" + effectivePort() + "/"
                + (database == null ? "?" : database) + " (schema " + schema + ")";
    }

    private boolean sslModeGiven() {
        return sslMode != SslMode.PREFER;
    }

    private static String or(String a, String b) {
        return a != null ? a : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return where() + " sslmode=" + sslMode.code() + (service == null ? "" : " service=" + service);
    }
}
