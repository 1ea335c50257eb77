package org.standoff.io.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read into memory: its encoding, delimiter, header and records.
 *
 * <p><b>Encoding.</b> A UTF-8 byte-order mark is honoured and removed (as are UTF-16 ones);
 * otherwise the bytes are decoded as strict UTF-8, and if they are not valid UTF-8 (typical of
 * files saved by Excel on Windows), as windows-1252, which decodes any byte. {@link #charset()}
 * says which was used so the UI can show it; a caller may force one instead.
 *
 * <p><b>Delimiter.</b> Comma, semicolon or tab: of those that split the header, the one for
 * which most of the first 20 records have as many fields as the header (then the widest
 * header); a caller may force one.
 *
 * <p>The first non-blank record is the header. Line numbers are physical lines counting the
 * header as line 1. Immutable once read; thread-safe. Holds every record (what the import
 * wizard previews and maps), but reads the file as a stream: never its bytes or whole text, and
 * a record over a million characters is refused as it is read. {@link CsvStream} reads a file
 * of any size record by record.
 */
public final class CsvFile {

    private final Path file;
    private final Charset charset;
    private final char delimiter;
    private final List<String> header;
    private final List<CsvRecord> records;
    private final long headerLine;

    private CsvFile(Path file, Charset charset, char delimiter, CsvRecord header, List<CsvRecord> records) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
        this.header = header.fields();
        this.headerLine = header.line();
        this.records = List.copyOf(records);
    }

    /**
     * The largest file read whole: 100,000 sites with long notes are about 30 MB, and every
     * record is held. A larger file can still be streamed ({@link CsvStream}).
     */
    static final long MAX_FILE_BYTES = 256L << 20;

    /** Reads {@code file}, detecting its encoding and delimiter. */
    public static CsvFile read(Path file) throws CsvException {
        return read(file, null, null);
    }

    /**
     * Reads {@code file} with a forced encoding and/or delimiter (null to detect). The file is
     * read as a stream ({@link CsvStream}): only its records are held, never its bytes or text.
     *
     * @throws CsvException if the file cannot be read, is empty, has an unclosed quote or a
     *     record over {@link CsvParser#MAX_RECORD_CHARS} characters, or is over {@link #MAX_FILE_BYTES}
     */
    public static CsvFile read(Path file, Charset charset, Character delimiter) throws CsvException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CsvException(
                        file,
                        0,
                        "the file is " + size / (1 << 20) + " MB; Standoff imports CSV files of up to "
                                + MAX_FILE_BYTES / (1 << 20)
                                + " MB at once (split it, or import the sites from an SQLite table)");
            }
        } catch (IOException e) {
            throw new CsvException(file, 0, "cannot read the file (" + e.getMessage() + ")", e);
        }
        try (CsvStream in = CsvStream.open(file, charset, delimiter)) {
            return collect(in);
        }
    }

    /** As {@link #read(Path, Charset, Character)} on bytes already in memory; {@code file} is for messages. */
    public static CsvFile parse(byte[] bytes, Path file, Charset charset, Character delimiter) throws CsvException {
        try (CsvStream in = CsvStream.open(() -> new java.io.ByteArrayInputStream(bytes), file, charset, delimiter)) {
            return collect(in);
        }
    }

    private static CsvFile collect(CsvStream in) throws CsvException {
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r; (r = in.next()) != null; ) {
            records.add(r);
        }
        return new CsvFile(
                in.file(), in.charset(), in.delimiter(), new CsvRecord(in.headerLine(), in.header()), records);
    }

    /** The encoding the text was read with. */
    public Charset charset() {
        return charset;
    }

    /** The delimiter used. */
    public char delimiter() {
        return delimiter;
    }

    /** The column names as written in the header. */
    public List<String> header() {
        return header;
    }

    /** The data records (the header excluded). */
    public List<CsvRecord> records() {
        return records;
    }

    /** The first {@code n} data records, for a preview. */
    public List<CsvRecord> preview(int n) {
        return records.subList(0, Math.min(n, records.size()));
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The records as a {@link SourceTable}, to map columns and plan an import. */
    public SourceTable toSourceTable() {
        List<SourceTable.Row> rows = new ArrayList<>(records.size());
        for (CsvRecord r : records) {
            rows.add(new SourceTable.Row(r.line(), r.fields()));
        }
        return new SourceTable(file == null ? "CSV" : file.getFileName().toString(), "line", header, rows);
    }

    long headerLine() {
        return headerLine;
    }
}
