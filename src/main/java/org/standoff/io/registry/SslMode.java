package org.standoff.io.registry;

import java.util.Locale;

/**
 * libpq's {@code sslmode} values, which the PostgreSQL JDBC driver takes as they are. Only
 * {@link #VERIFY_FULL} checks both the server's certificate chain and its host name; it is the
 * one to use across an untrusted network.
 */
public enum SslMode {
    DISABLE,
    ALLOW,
    PREFER,
    REQUIRE,
    VERIFY_CA,
    VERIFY_FULL;

    /** The word libpq and the driver use, e.g. {@code verify-full}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a libpq sslmode word. */
    public static SslMode parse(String text) {
        for (SslMode m : values()) {
            if (m.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown sslmode '" + text + "': use disable, allow, prefer, require, verify-ca or verify-full");
    }
}
