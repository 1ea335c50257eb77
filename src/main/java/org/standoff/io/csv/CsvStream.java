package org.standoff.io.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file read one record at a time, so a file of any size is read in memory bounded by one
 * record ({@link CsvParser#MAX_RECORD_CHARS}): what {@link CsvFile} collects, and what an import
 * of a large file streams through {@link SiteImporter.Planner} without holding its rows.
 *
 * <p><b>Encoding</b> and <b>delimiter</b> are detected as {@link CsvFile} documents, each by a
 * pass over the file that holds no more than a buffer (the UTF-8 check) or 20 records (the
 * delimiter); the records are then read in a last pass. Line numbers are physical lines, the
 * header being line 1 when it is the first. Errors are {@link CsvException}s naming the file,
 * the line and the problem. Not thread-safe; close it (try-with-resources) to release the file.
 */
public final class CsvStream implements AutoCloseable {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Opens the bytes again for each pass. */
    @FunctionalInterface
    interface Bytes {
        InputStream open() throws IOException;
    }

    private final Path file;
    private final Reader reader;
    private final CsvParser parser;
    private final Charset charset;
    private final char delimiter;
    private final CsvRecord header;

    private CsvStream(Path file, Reader reader, Charset charset, char delimiter) throws CsvException {
        this.file = file;
        this.reader = reader;
        this.charset = charset;
        this.delimiter = delimiter;
        this.parser = new CsvParser(reader, delimiter, file);
        CsvRecord first = parser.next();
        if (first == null) {
            close();
            throw new CsvException(file, 0, "the file is empty: there is no header line");
        }
        this.header = first;
    }

    /** Opens {@code file}, detecting its encoding and delimiter unless forced (null to detect), and reads its header. */
    public static CsvStream open(Path file, Charset charset, Character delimiter) throws CsvException {
        return open(() -> Files.newInputStream(file), file, charset, delimiter);
    }

    /** As {@link #open(Path, Charset, Character)} over bytes that {@code bytes} opens; {@code file} names them in messages. */
    static CsvStream open(Bytes bytes, Path file, Charset charset, Character delimiter) throws CsvException {
        try {
            Charset used = charset != null ? charset : detect(bytes);
            char delim = delimiter != null ? delimiter : sniff(bytes, used, file);
            return new CsvStream(file, reader(bytes, used), used, delim);
        } catch (NoSuchFileException e) {
            throw new CsvException(file, 0, "file not found", e);
        } catch (IOException e) {
            throw new CsvException(file, 0, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** The encoding the text is read with. */
    public Charset charset() {
        return charset;
    }

    /** The delimiter used. */
    public char delimiter() {
        return delimiter;
    }

    /** The column names as written in the header. */
    public List<String> header() {
        return header.fields();
    }

    /** The header's line. */
    public long headerLine() {
        return header.line();
    }

    /** The file read (null for bytes with no file). */
    public Path file() {
        return file;
    }

    /** The next data record, or null at the end of the file. */
    public CsvRecord next() throws CsvException {
        return parser.next();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Closing a file that was only read cannot lose anything.
        }
    }

    /** The text of the bytes in {@code charset}, without a byte-order mark; invalid bytes become U+FFFD. */
    private static Reader reader(Bytes bytes, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(bytes.open(), 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (!(head.length == 3
                    && (head[0] & 0xFF) == 0xEF
                    && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        }
        CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Reader r = new java.io.PushbackReader(new InputStreamReader(in, d), 1);
        int first = r.read();
        if (first >= 0 && first != '\uFEFF') {
            ((java.io.PushbackReader) r).unread(first); // a forced encoding keeps its mark out of the header too
        }
        return r;
    }

    /**
     * A UTF-8 or UTF-16 byte-order mark says the encoding; otherwise strict UTF-8 if every byte
     * decodes as UTF-8, else windows-1252 (Excel's on Windows, which decodes any byte). Reads the
     * file through once, holding one buffer.
     */
    static Charset detect(Bytes bytes) throws IOException {
        try (InputStream in = bytes.open()) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 2
                    && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                            || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
                return StandardCharsets.UTF_16; // its decoder reads and drops the mark
            }
            CharsetDecoder d = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bb = ByteBuffer.allocate(1 << 16);
            CharBuffer cb = CharBuffer.allocate(1 << 16);
            bb.put(head);
            boolean end = false;
            while (!end) {
                int n = in.read(bb.array(), bb.position(), bb.remaining());
                end = n < 0;
                if (n > 0) {
                    bb.position(bb.position() + n);
                }
                bb.flip();
                CoderResult r = d.decode(bb, cb, end);
                if (r.isError()) {
                    return WINDOWS_1252;
                }
                cb.clear();
                bb.compact();
            }
            return d.flush(cb).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
        }
    }

    /** Picks the delimiter giving the widest header with consistent field counts in the first 20 records. */
    private static char sniff(Bytes bytes, Charset charset, Path file) throws IOException {
        char best = ','; // also for one-column files, where no delimiter splits anything
        long bestScore = 0;
        for (char d : DELIMITERS) {
            List<CsvRecord> sample = new java.util.ArrayList<>();
            try (Reader r = reader(bytes, charset)) {
                CsvParser p = new CsvParser(r, d, file);
                for (CsvRecord rec; sample.size() < 20 && (rec = p.next()) != null; ) {
                    sample.add(rec);
                }
            } catch (CsvException e) {
                // an unclosed quote or an overlong record is reported by the real read
            }
            if (sample.isEmpty()) {
                continue;
            }
            int width = sample.get(0).fields().size();
            long consistent = sample.stream()
                    .skip(1)
                    .filter(r -> r.fields().size() == width)
                    .count();
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
