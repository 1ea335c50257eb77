package org.standoff.io.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 record splitter over decoded text, with the leniency real files need: any of
 * CRLF, LF or CR ends a record; a quote inside an unquoted field is taken literally; text right
 * after a closing quote is appended. Records with no non-blank field (blank lines, lines of
 * delimiters only) are skipped, but still counted for line numbers. An opening quote that never closes is an error
 * naming the line it opened on, since everything after it would be misread. Not thread-safe.
 */
final class CsvParser {

    private CsvParser() {
    }

    /** Longer than any real record of sites (a row of 16 columns with long notes is a few kilobytes). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    static List<CsvRecord> parse(String text, char delimiter, Path file, int maxRecords) throws CsvException {
        List<CsvRecord> out = new ArrayList<>();
        int recordStart = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        long quoteLine = 0;
        boolean inQuotes = false;
        boolean fieldWasQuoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i - recordStart > MAX_RECORD_CHARS) {
                throw new CsvException(file, recordLine, "this record is longer than " + MAX_RECORD_CHARS / (1 << 20)
                        + " million characters (a missing line break or closing quote?); nothing was imported");
            }
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                if (!isBlank(fields)) {
                    out.add(new CsvRecord(recordLine, fields));
                    if (maxRecords > 0 && out.size() >= maxRecords) {
                        return out;
                    }
                }
                fields = new ArrayList<>();
                line++;
                recordLine = line;
                recordStart = i + 1;
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            throw new CsvException(file, quoteLine, "a quoted field starts here but its closing quote (\") is missing");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            if (!isBlank(fields)) {
                out.add(new CsvRecord(recordLine, fields));
            }
        }
        return out;
    }

    /** A blank line, or one of delimiters only (spreadsheets leave those at the end). */
    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
