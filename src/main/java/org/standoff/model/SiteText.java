package org.standoff.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reading and writing the non-text site fields as text, the same way for every importer,
 * exporter and edit form: capacity in megawatts and the yes/no of foreign control.
 *
 * <p>Reading is conservative: a value is understood only when there is one sensible reading.
 * A capacity is a plain decimal number ({@code 50}, {@code 12.5}, {@code 1e3}), optionally
 * followed by {@code MW}; {@code 1,500} is not understood (thousands separator or decimal
 * comma?) and is kept as written for review. Writing gives the shortest text that reads back
 * to the same double. Stateless and thread-safe.
 */
public final class SiteText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern MW_SUFFIX = Pattern.compile("(?i)\\s*mw$");

    private SiteText() {}

    /** A capacity in MW: a known number, the text as written for review, or empty when blank. */
    public static Parsed<Double> parseCapacity(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        String t = MW_SUFFIX.matcher(text.strip()).replaceFirst("");
        if (NUMBER.matcher(t).matches()) {
            return Parsed.of(Double.parseDouble(t));
        }
        return Parsed.unrecognised(text);
    }

    /** Yes/no: yes, y, true, 1 and no, n, false, 0 in any case; other text is kept for review. */
    public static Parsed<Boolean> parseYesNo(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.empty();
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes":
            case "y":
            case "true":
            case "1":
                return Parsed.of(Boolean.TRUE);
            case "no":
            case "n":
            case "false":
            case "0":
                return Parsed.of(Boolean.FALSE);
            default:
                return Parsed.unrecognised(text);
        }
    }

    /** A number as the shortest plain decimal that reads back exactly: {@code 50}, {@code 12.5}. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Capacity as text: the number, the raw text, or "". */
    public static String capacity(Parsed<Double> capacity) {
        return capacity.display(SiteText::number);
    }

    /** Foreign control as text: yes, no, the raw text, or "". */
    public static String yesNo(Parsed<Boolean> value) {
        return value.display(b -> b ? "yes" : "no");
    }

    /** Status as text: its code, the raw text, or "". */
    public static String status(Parsed<SiteStatus> status) {
        return status.display(SiteStatus::code);
    }

    /** Confidence as text: its code, the raw text, or "". */
    public static String confidence(Parsed<Confidence> confidence) {
        return confidence.display(Confidence::code);
    }
}
