package org.standoff.cli;

/**
 * Makes text from files safe to print to a terminal: control characters (escape sequences,
 * carriage returns, bells, C1 controls) are shown as {@code \xNN} or {@code \\uNNNN} escapes,
 * so a site name or a file's bytes cannot move the cursor, retitle the window or hide a line.
 * Tabs and line feeds are kept. Stateless.
 */
final class TerminalText {

    private TerminalText() {}

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t')
                    || c == 0x7F
                    || (c >= 0x80 && c < 0xA0)
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
