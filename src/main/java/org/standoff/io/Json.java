package org.standoff.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;

/**
 * The one way Standoff reads and writes JSON text, through Gson: strict RFC 8259 parsing that
 * refuses nesting deeper than {@link #MAX_NESTING} (Gson's reader counts it without recursion,
 * so a crafted text nested 100,000 deep is a message, never a {@code StackOverflowError}), and
 * string literals with RFC 8259 escapes (no HTML escaping). Every refusal is an
 * {@link IllegalArgumentException} whose message says what and where in plain words, which the
 * callers turn into their own exception naming the file or row. Stateless and thread-safe.
 */
public final class Json {

    /** Deeper than any JSON Standoff writes (a layout is 4 deep). */
    public static final int MAX_NESTING = 32;

    /** Gson as Standoff writes with it: no HTML escaping; NaN and infinities allowed (callers write them as null). */
    public static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .serializeSpecialFloatingPointValues()
            .create();

    private Json() {}

    /**
     * Parses strict JSON, nested at most {@link #MAX_NESTING} deep.
     *
     * @throws IllegalArgumentException saying what is wrong, for null, malformed or too deep text
     */
    public static JsonElement parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("missing JSON text");
        }
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(MAX_NESTING);
        try {
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return e;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new IllegalArgumentException("not valid JSON: " + plainReason(e), e);
        }
    }

    /** The parser's reason in plain words: "End of input at line 1 column 15", without class names or links. */
    private static String plainReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? "it ends too early" : root.getMessage();
        why = why.replaceAll("(?m)^[\\w.$]+(Exception|Error): ", "");
        int link = why.indexOf("\nSee ");
        why = link >= 0 ? why.substring(0, link) : why;
        return why.replaceFirst(" path \\$.*$", "").strip();
    }

    /** Appends {@code s} as a JSON string literal (RFC 8259 escapes). */
    public static void quote(StringBuilder b, String s) {
        b.append(GSON.toJson(s));
    }

    /** {@code s} as a JSON string literal. */
    public static String quote(String s) {
        return GSON.toJson(s);
    }
}
