package org.standoff.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 record splitter reading decoded text one record at a time, with the leniency real
 * files need: any of CRLF, LF or CR ends a record; a quote inside an unquoted field is taken
 * literally; text right after a closing quote is appended. Records with no non-blank field
 * (blank lines, lines of delimiters only) are skipped, but still counted for line numbers. An
 * opening quote that never closes is an error naming the line it opened on, since everything
 * after it would be misread.
 *
 * <p><b>Memory.</b> Only the record being read is held, and a record longer than
 * {@link #MAX_RECORD_CHARS} is refused as soon as it gets there (naming its line), so a file of
 * any size, or one line of a gigabyte, is read in bounded memory. Not thread-safe; the caller
 * closes the reader.
 */
final class CsvParser {

    /** Longer than any real record of sites (a row of 16 columns with long notes is a few kilobytes). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final char delimiter;
    private final Path file;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;

    CsvParser(Reader in, char delimiter, Path file) {
        this.in = in;
        this.delimiter = delimiter;
        this.file = file;
    }

    /** Every record of {@code text} (at most {@code maxRecords} when positive), for text already in memory. */
    static List<CsvRecord> parse(String text, char delimiter, Path file, int maxRecords) throws CsvException {
        CsvParser p = new CsvParser(new StringReader(text), delimiter, file);
        List<CsvRecord> out = new ArrayList<>();
        for (CsvRecord r; (maxRecords <= 0 || out.size() < maxRecords) && (r = p.next()) != null; ) {
            out.add(r);
        }
        return out;
    }

    /** The next record that is not blank, or null at the end of the text. */
    CsvRecord next() throws CsvException {
        try {
            while (true) {
                long recordLine = line;
                List<String> fields = record(recordLine);
                if (fields == null) {
                    return null;
                }
                if (!isBlank(fields)) {
                    return new CsvRecord(recordLine, fields);
                }
            }
        } catch (IOException e) {
            throw new CsvException(file, line, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** One physical record's fields, or null if the text ended before it began. */
    private List<String> record(long recordLine) throws IOException, CsvException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean fieldWasQuoted = false;
        long quoteLine = 0;
        long chars = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                if (inQuotes) {
                    throw new CsvException(
                            file, quoteLine, "a quoted field starts here but its closing quote (\") is missing");
                }
                if (chars == 0) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            if (++chars > MAX_RECORD_CHARS) {
                throw new CsvException(
                        file,
                        recordLine,
                        "this record is longer than " + MAX_RECORD_CHARS / (1 << 20)
                                + " million characters (a missing line break or closing quote?); nothing was imported");
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        field.append('"');
                        read();
                        chars++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
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
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(field.toString());
                line++;
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    private int peek() throws IOException {
        while (pos == len) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                return -1;
            }
            pos = 0;
            len = n;
        }
        return buf[pos];
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
