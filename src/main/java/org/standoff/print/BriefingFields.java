package org.standoff.print;

/**
 * The texts the analyst types into the briefing dialog. Immutable; nulls become empty.
 *
 * @param markingColour the banner colour as {@code #rrggbb}; empty for the default green
 */
public record BriefingFields(
        String title, String subtitle, String marking, String markingColour, String author, String date) {

    public BriefingFields {
        title = nz(title);
        subtitle = nz(subtitle);
        marking = nz(marking);
        markingColour = nz(markingColour);
        author = nz(author);
        date = nz(date);
        if (!markingColour.isEmpty() && !markingColour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("marking colour must be #rrggbb: " + markingColour);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
