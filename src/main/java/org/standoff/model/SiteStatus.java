package org.standoff.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The life-cycle state of a mining site (DESIGN.md decision 8). Each constant has a stable,
 * lower-case {@link #code()} that is what files store and export; never reorder-dependent.
 *
 * <p>{@link #parse} is deliberately strict: only the codes themselves, in any case and with
 * spaces, hyphens or underscores between words, are recognised. Anything else (synonyms such
 * as "active" included) is kept as written in a {@link Parsed} for review, because guessing
 * what a source meant would silently change the record.
 */
public enum SiteStatus {
    OPERATING("operating"),
    UNDER_CONSTRUCTION("under construction"),
    PLANNED("planned"),
    CLOSED("closed");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private final String code;

    SiteStatus(String code) {
        this.code = code;
    }

    /** The stored and exported spelling, e.g. {@code under construction}. */
    public String code() {
        return code;
    }

    private static final SiteStatus[] VALUES = values();

    /**
     * The value whose {@link #code()} is exactly {@code text}, as stores write it, without
     * {@link #parse}'s normalisation (the fast path for reading many rows); else {@link #parse}.
     */
    public static Parsed<SiteStatus> fromStored(String text) {
        for (SiteStatus s : VALUES) {
            if (s.code().equals(text)) {
                return Parsed.of(s);
            }
        }
        return parse(text);
    }

    /** Reads text: a known status, the text as written for review, or empty when blank. */
    public static Parsed<SiteStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        String key = normalise(text);
        for (SiteStatus s : values()) {
            if (s.code.equals(key)) {
                return Parsed.of(s);
            }
        }
        return Parsed.unrecognised(text);
    }

    /** Lower case, with runs of spaces, hyphens and underscores made one space. */
    static String normalise(String text) {
        return SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** All codes, comma-separated, for messages. */
    static String codes() {
        StringBuilder b = new StringBuilder();
        for (SiteStatus s : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.code);
        }
        return b.toString();
    }
}
