package org.standoff.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value read from text that may or may not have been understood: empty, a known value, or
 * the text exactly as written when it could not be understood (kept for a person to review).
 *
 * <p>This is how a mining site keeps doubtful input without losing or changing it: an import
 * that meets a status of "mothballed" or a capacity of "about 50" stores that text verbatim and
 * the site is flagged for review (see {@link SiteValidator}), instead of guessing a value or
 * dropping it. Exactly one of three states holds: {@link #isEmpty()} (nothing given),
 * {@link #isKnown()} ({@link #value()} is present, {@link #text()} is null) or
 * {@link #needsReview()} ({@code text} holds the non-blank text as written, {@code value} is
 * null).
 *
 * <p>Immutable and thread-safe when {@code T} is (all uses in the model are enums, Double or
 * Boolean).
 *
 * @param value the understood value, or null
 * @param text the text as written when it was not understood, or null
 * @param <T> the type of an understood value
 */
public record Parsed<T>(T value, String text) {

    private static final Parsed<?> EMPTY = new Parsed<>(null, null);

    public Parsed {
        if (value != null && text != null) {
            throw new IllegalArgumentException("a Parsed holds a known value or raw text, not both");
        }
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException("raw text must not be blank; use Parsed.empty()");
        }
    }

    /** Nothing was given. */
    @SuppressWarnings("unchecked")
    public static <T> Parsed<T> empty() {
        return (Parsed<T>) EMPTY;
    }

    /** A known value; {@code null} gives {@link #empty()}. */
    public static <T> Parsed<T> of(T value) {
        return value == null ? empty() : new Parsed<>(value, null);
    }

    /** Text that could not be understood, kept verbatim; null or blank text gives {@link #empty()}. */
    public static <T> Parsed<T> unrecognised(String text) {
        return text == null || text.isBlank() ? empty() : new Parsed<>(null, text);
    }

    public boolean isEmpty() {
        return value == null && text == null;
    }

    public boolean isKnown() {
        return value != null;
    }

    /** True when the value is kept as written because it was not understood. */
    public boolean needsReview() {
        return text != null;
    }

    /** The known value, if any. */
    public Optional<T> known() {
        return Optional.ofNullable(value);
    }

    /** How to show or export it: the known value formatted by {@code format}, the raw text, or "". */
    public String display(Function<? super T, String> format) {
        Objects.requireNonNull(format, "format");
        if (value != null) {
            return format.apply(value);
        }
        return text == null ? "" : text;
    }
}
