package org.standoff.io.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * header as line 1. Immutable once read; thread-safe. Reads the whole file into memory, which
 * is fine for the 100,000-row files Standoff is sized for.
 */
public final class CsvFile {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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

    /** The largest file read at once: 100,000 sites with long notes are about 30 MB. */
    static final long MAX_FILE_BYTES = 256L << 20;

    /** Reads {@code file}, detecting its encoding and delimiter. */
    public static CsvFile read(Path file) throws CsvException {
        return read(file, null, null);
    }

    /**
     * Reads {@code file} with a forced encoding and/or delimiter (null to detect).
     *
     * @throws CsvException if the file cannot be read, is empty, or has an unclosed quote
     */
    public static CsvFile read(Path file, Charset charset, Character delimiter) throws CsvException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CsvException(file, 0, "the file is " + size / (1 << 20) + " MB; Standoff imports CSV files of up to "
                        + MAX_FILE_BYTES / (1 << 20) + " MB at once (split it, or import the sites from an SQLite table)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CsvException(file, 0, "cannot read the file (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file, charset, delimiter);
    }

    /** As {@link #read(Path, Charset, Character)} on bytes already in memory; {@code file} is for messages. */
    public static CsvFile parse(byte[] bytes, Path file, Charset charset, Character delimiter) throws CsvException {
        Charset[] used = new Charset[1];
        String text = decode(bytes, charset, used);
        char delim = delimiter != null ? delimiter : sniff(text, file);
        List<CsvRecord> all = CsvParser.parse(text, delim, file, 0);
        if (all.isEmpty()) {
            throw new CsvException(file, 0, "the file is empty: there is no header line");
        }
        return new CsvFile(file, used[0], delim, all.get(0), all.subList(1, all.size()));
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

    static String decode(byte[] bytes, Charset forced, Charset[] used) {
        if (forced != null) {
            used[0] = forced;
            String s = new String(bytes, forced);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            used[0] = StandardCharsets.UTF_8;
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            used[0] = StandardCharsets.UTF_16;  // the UTF_16 decoder reads and drops the mark
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            used[0] = StandardCharsets.UTF_8;
            return s;
        } catch (CharacterCodingException e) {
            // Not UTF-8: by far the likeliest alternative for a hand-made CSV is Excel's windows-1252.
            used[0] = WINDOWS_1252;
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** Picks the delimiter giving the widest header with consistent field counts below it. */
    static char sniff(String text, Path file) throws CsvException {
        char best = ',';  // also for one-column files, where no delimiter splits anything
        long bestScore = 0;
        for (char d : DELIMITERS) {
            List<CsvRecord> sample;
            try {
                sample = CsvParser.parse(text, d, file, 20);
            } catch (CsvException e) {
                continue;  // an unclosed quote is reported by the real parse below
            }
            if (sample.isEmpty()) {
                continue;
            }
            int width = sample.get(0).fields().size();
            long consistent = sample.stream().skip(1).filter(r -> r.fields().size() == width).count();
            // Only a delimiter that splits the header counts; then records agreeing with the
            // header matter most, and a wider header breaks ties.
            long score = width <= 1 ? 0 : (consistent + 1) * 1000L + width;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }
}
