package org.standoff.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Standoff writes CSV: RFC 4180 (commons-csv {@link CSVPrinter}, CRLF line ends,
 * quoting only where needed: a delimiter, quote or line break, or a leading or trailing space),
 * null written as an empty cell, and a formula guard on every text cell, because analysts open
 * these files in spreadsheets.
 *
 * <p><b>Formula guard</b> (the OWASP CSV-injection rule): a text cell that starts with
 * {@code = + - @}, TAB or CR is written with a leading apostrophe, so a spreadsheet shows it as
 * text instead of running it ({@code =HYPERLINK(…)}, {@code +cmd|…}). Cells that are plain
 * numbers ({@code -104.82}, {@code +3}, {@code 1e-5}) are left alone, so coordinates and
 * distances stay numbers. {@link #unguard} is the inverse, used by the importer so an exported
 * file imports back to the same values. Not thread-safe; one per file.
 */
public final class CsvOutput implements Closeable {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final CSVPrinter printer;

    public CsvOutput(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    /** Writes one record, each cell guarded. */
    public void row(String... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    /** Writes one record, each cell guarded. */
    public void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(guard(cell));
        }
        printer.println();
    }

    /** The cell as written: null stays null (an empty cell); a formula-like text gets a leading apostrophe. */
    public static String guard(String cell) {
        if (cell == null
                || cell.isEmpty()
                || !formulaStart(cell.charAt(0))
                || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** Undoes {@link #guard}: an apostrophe followed by a formula character is dropped. */
    public static String unguard(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && formulaStart(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    /** Flushes to the underlying writer without closing it (for a terminal or a caller's stream). */
    public void flush() throws IOException {
        printer.flush();
    }
}
