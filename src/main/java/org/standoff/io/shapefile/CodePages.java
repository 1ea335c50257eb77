package org.standoff.io.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the two ways a shapefile names its text encoding to Java charsets: the {@code .cpg}
 * sidecar (free text such as "UTF-8", "1252", "ANSI 1251", "88591") and the DBF language
 * driver id (LDID, byte 29 of the header).
 *
 * <p>The LDID table follows the dBase/ArcGIS code page list as used by GDAL. Returns null for
 * what it does not know, so the caller can fall back and record a warning; never guesses a
 * charset the JVM does not have, but supplies ISO-8859-10 ({@link Latin6}), which it lacks.
 */
final class CodePages {

    private CodePages() {}

    private static final Map<Integer, String> LDID = Map.ofEntries(
            Map.entry(0x01, "IBM437"),
            Map.entry(0x02, "IBM850"),
            Map.entry(0x03, "windows-1252"),
            Map.entry(0x04, "x-MacRoman"),
            Map.entry(0x08, "IBM865"),
            Map.entry(0x09, "IBM437"),
            Map.entry(0x0A, "IBM850"),
            Map.entry(0x0B, "IBM437"),
            Map.entry(0x0D, "IBM437"),
            Map.entry(0x0E, "IBM850"),
            Map.entry(0x0F, "IBM437"),
            Map.entry(0x10, "IBM850"),
            Map.entry(0x11, "IBM437"),
            Map.entry(0x12, "IBM850"),
            Map.entry(0x13, "windows-31j"),
            Map.entry(0x14, "IBM850"),
            Map.entry(0x15, "IBM437"),
            Map.entry(0x16, "IBM850"),
            Map.entry(0x17, "IBM865"),
            Map.entry(0x18, "IBM437"),
            Map.entry(0x19, "IBM437"),
            Map.entry(0x1A, "IBM850"),
            Map.entry(0x1B, "IBM437"),
            Map.entry(0x1C, "IBM863"),
            Map.entry(0x1D, "IBM850"),
            Map.entry(0x1F, "IBM852"),
            Map.entry(0x22, "IBM852"),
            Map.entry(0x23, "IBM852"),
            Map.entry(0x24, "IBM860"),
            Map.entry(0x25, "IBM850"),
            Map.entry(0x26, "IBM866"),
            Map.entry(0x37, "IBM850"),
            Map.entry(0x40, "IBM852"),
            Map.entry(0x4D, "GBK"),
            Map.entry(0x4E, "x-windows-949"),
            Map.entry(0x4F, "x-windows-950"),
            Map.entry(0x50, "x-IBM874"),
            Map.entry(0x57, "windows-1252"),
            Map.entry(0x58, "windows-1252"),
            Map.entry(0x59, "windows-1252"),
            Map.entry(0x64, "IBM852"),
            Map.entry(0x65, "IBM866"),
            Map.entry(0x66, "IBM865"),
            Map.entry(0x67, "IBM861"),
            Map.entry(0x6A, "x-IBM737"),
            Map.entry(0x6B, "IBM857"),
            Map.entry(0x6C, "IBM863"),
            Map.entry(0x78, "x-windows-950"),
            Map.entry(0x79, "x-windows-949"),
            Map.entry(0x7A, "GBK"),
            Map.entry(0x7B, "windows-31j"),
            Map.entry(0x7C, "x-windows-874"),
            Map.entry(0x86, "x-IBM737"),
            Map.entry(0x87, "IBM852"),
            Map.entry(0x88, "IBM857"),
            Map.entry(0xC8, "windows-1250"),
            Map.entry(0xC9, "windows-1251"),
            Map.entry(0xCA, "windows-1254"),
            Map.entry(0xCB, "windows-1253"),
            Map.entry(0xCC, "windows-1257"));

    /** The charset for a language driver id, or null for 0 (none) and unknown ids. */
    static Charset forLdid(int ldid) {
        String name = LDID.get(ldid);
        return name == null ? null : lookup(name);
    }

    /** The LDID to write for a charset, 0 when dBase has none (UTF-8 among them). */
    static int ldidFor(Charset charset) {
        String name = charset.name();
        if (name.equals("windows-1252")) {
            return 0x57;
        }
        for (Map.Entry<Integer, String> e : LDID.entrySet()) {
            // The first dBase-era ids are DOS code pages; prefer the canonical ones below 0x20.
            if (e.getValue().equalsIgnoreCase(name) && (e.getKey() <= 0x03 || e.getKey() >= 0x64)) {
                return e.getKey();
            }
        }
        return 0;
    }

    /** The charset named by {@code .cpg} text, or null when it names nothing the JVM has. */
    static Charset forCpg(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("ANSI ") || s.startsWith("OEM ")) {
            s = s.substring(s.indexOf(' ') + 1).strip();
        }
        if (s.equals("UTF-8") || s.equals("UTF8") || s.equals("65001")) {
            return StandardCharsets.UTF_8;
        }
        if (s.matches("\\d+")) {
            if (s.startsWith("8859") && s.length() > 4) {
                return lookup("ISO-8859-" + s.substring(4));
            }
            int cp = Integer.parseInt(s.length() > 6 ? "0" : s);
            switch (cp) {
                case 932:
                    return lookup("windows-31j");
                case 936:
                    return lookup("GBK");
                case 949:
                    return lookup("x-windows-949");
                case 950:
                    return lookup("x-windows-950");
                case 874:
                    return lookup("x-windows-874");
                default:
                    if (cp >= 1250 && cp <= 1258) {
                        return lookup("windows-" + cp);
                    }
                    return lookup("IBM" + cp);
            }
        }
        if (s.startsWith("CP") && s.substring(2).matches("\\d+")) {
            return forCpg(s.substring(2));
        }
        return lookup(s);
    }

    /** The text to write into a {@code .cpg} for a charset, in the forms ArcGIS reads. */
    static String cpgText(Charset charset) {
        String name = charset.name();
        if (name.startsWith("windows-125")) {
            return name.substring("windows-".length());
        }
        return name;
    }

    private static Charset lookup(String name) {
        if (Latin6.INSTANCE.name().equalsIgnoreCase(name)
                || Latin6.INSTANCE.aliases().stream().anyMatch(name::equalsIgnoreCase)) {
            return Latin6.INSTANCE;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
