package org.standoff.model;

/**
 * How sure analysts are that a mining site exists as recorded (DESIGN.md decision 8), with a
 * stable lower-case {@link #code()} for files.
 *
 * <p>{@link #CONFIRMED} only counts when the site has a source: see
 * {@link MiningSite#isConfirmed()}. {@link #parse} recognises the codes in any case; anything
 * else is kept as written for review, as for {@link SiteStatus}.
 */
public enum Confidence {
    CONFIRMED("confirmed"),
    LIKELY("likely"),
    UNVERIFIED("unverified");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    /** The stored and exported spelling. */
    public String code() {
        return code;
    }

    private static final Confidence[] VALUES = values();

    /**
     * The value whose {@link #code()} is exactly {@code text}, as stores write it, without
     * {@link #parse}'s normalisation (the fast path for reading many rows); else {@link #parse}.
     */
    public static Parsed<Confidence> fromStored(String text) {
        for (Confidence c : VALUES) {
            if (c.code().equals(text)) {
                return Parsed.of(c);
            }
        }
        return parse(text);
    }

    /** Reads text: a known confidence, the text as written for review, or empty when blank. */
    public static Parsed<Confidence> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        String key = SiteStatus.normalise(text);
        for (Confidence c : values()) {
            if (c.code.equals(key)) {
                return Parsed.of(c);
            }
        }
        return Parsed.unrecognised(text);
    }

    /** All codes, comma-separated, for messages. */
    static String codes() {
        StringBuilder b = new StringBuilder();
        for (Confidence c : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(c.code);
        }
        return b.toString();
    }
}
