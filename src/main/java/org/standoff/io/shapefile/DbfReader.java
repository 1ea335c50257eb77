package org.standoff.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

/**
 * Reads the attribute table ({@code .dbf}, dBase III to 7 and FoxPro flavours) of a shapefile.
 *
 * <p>Guarantees: the header is checked completely on opening (header length, field widths
 * adding up to the record length, all declared records present) so that record reads cannot
 * run off the file; text is decoded with one charset chosen once, in this order: the caller's
 * override, the {@code .cpg}, the language driver byte, a sniff of the first 64 KB (UTF-8 if
 * non-ASCII bytes form valid UTF-8, else windows-1252). Cells that cannot be parsed become null
 * with a warning. Does not read memo ({@code .dbt}) files: memo columns yield the block number
 * as text. Does not own the channel.
 */
final class DbfReader {

    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path file;
    private final Warnings warnings;
    private final ChannelWindow window;
    private final int recordCount;
    private final int headerLength;
    private final int recordLength;
    private final List<DbfField> fields;
    private final TextDecoder text;
    private final String charsetSource;
    private final boolean[] warned;

    DbfReader(Path file, FileChannel channel, Charset override, String cpgText, Warnings warnings)
            throws ShapefileException {
        this.file = file;
        this.warnings = warnings;
        try {
            window = new ChannelWindow(channel, ChannelWindow.DEFAULT_CAPACITY);
            long size = window.size();
            if (size < 32) {
                throw ShapefileException.of(file, "truncated header: " + size + " bytes");
            }
            int at = window.load(0, 32);
            ByteBuffer le = window.le();
            long declaredRecords = le.getInt(at + 4) & 0xFFFFFFFFL;
            headerLength = le.getShort(at + 8) & 0xFFFF;
            recordLength = le.getShort(at + 10) & 0xFFFF;
            int ldid = window.array()[at + 29] & 0xFF;
            if (headerLength < 33 || headerLength > size) {
                throw ShapefileException.of(
                        file, "bad header length " + headerLength + " (file has " + size + " bytes)");
            }
            if (recordLength < 1) {
                throw ShapefileException.of(file, "bad record length " + recordLength);
            }
            at = window.load(0, headerLength);
            byte[] header = java.util.Arrays.copyOfRange(window.array(), at, at + headerLength);
            long available = (size - headerLength) / recordLength;
            if (declaredRecords > available) {
                throw ShapefileException.of(
                        file,
                        "DBF header/record size mismatch: header declares " + declaredRecords + " records of "
                                + recordLength + " bytes but the file holds only " + available);
            }
            recordCount = (int) declaredRecords;
            Charset chosen;
            Charset fromCpg = cpgText == null ? null : CodePages.forCpg(cpgText);
            if (cpgText != null && fromCpg == null) {
                warnings.add(
                        file.getFileName() + ": .cpg names an unknown code page \"" + cpgText.strip() + "\"; ignored");
            }
            if (override != null) {
                chosen = override;
                charsetSource = "option";
            } else if (fromCpg != null) {
                chosen = fromCpg;
                charsetSource = ".cpg";
            } else if (CodePages.forLdid(ldid) != null) {
                chosen = CodePages.forLdid(ldid);
                charsetSource = "language driver byte";
            } else {
                chosen = sniff(size);
                charsetSource = "guessed from content";
                warnings.add(file.getFileName() + ": no .cpg or code page byte; text read as " + chosen.name());
            }
            text = new TextDecoder(chosen);
            fields = parseFields(header);
            warned = new boolean[fields.size()];
        } catch (IOException e) {
            throw ShapefileException.io(file, e);
        }
    }

    private List<DbfField> parseFields(byte[] h) throws ShapefileException {
        List<DbfField> out = new ArrayList<>();
        int offset = 0;
        for (int pos = 32; pos + 32 <= h.length && h[pos] != 0x0D; pos += 32) {
            int nameEnd = pos;
            while (nameEnd < pos + 11 && h[nameEnd] != 0) {
                nameEnd++;
            }
            String name = text.decode(h, pos, nameEnd - pos).strip();
            char type = (char) (h[pos + 11] & 0xFF);
            int length = h[pos + 16] & 0xFF;
            int decimals = h[pos + 17] & 0xFF;
            if (type == 'C') {
                // Clipper and FoxPro store text widths above 255 in the decimals byte.
                length |= decimals << 8;
                decimals = 0;
            }
            int fixed = "I+".indexOf(type) >= 0 ? 4 : "O@".indexOf(type) >= 0 ? 8 : -1;
            if (fixed > 0 && length != fixed) {
                throw ShapefileException.of(
                        file,
                        "field " + name + " of type " + type + " has width " + length + ", " + fixed + " expected");
            }
            FieldType ft = DbfField.typeOf(type, length, decimals);
            if (ft == null) {
                warnings.add(
                        file.getFileName() + ": field " + name + " has unsupported type '" + type + "'; read as text");
                ft = FieldType.STRING;
            }
            out.add(new DbfField(
                    name.isEmpty() ? "FIELD" + (out.size() + 1) : name, type, length, decimals, offset, ft));
            offset += length;
        }
        int fieldsLength = offset + 1;
        if (fieldsLength == recordLength - 1) {
            // Some writers count a byte too many; the fields are where they say, so read on.
            warnings.add(file.getFileName() + ": records are " + recordLength + " bytes but the fields fill "
                    + fieldsLength + "; the extra byte is ignored");
        } else if (fieldsLength == recordLength + 1
                && !out.isEmpty()
                && out.get(out.size() - 1).type() == FieldType.STRING
                && out.get(out.size() - 1).length() > 1) {
            // A byte too few: the last (text) field would run into the next record, so it loses
            // its last byte, usually padding.
            DbfField last = out.remove(out.size() - 1);
            out.add(new DbfField(
                    last.name(), last.dbfType(), last.length() - 1, last.decimals(), last.offset(), last.type()));
            warnings.add(file.getFileName() + ": records are " + recordLength + " bytes but the fields need "
                    + fieldsLength + "; field " + last.name() + " read one byte shorter");
        } else if (fieldsLength != recordLength) {
            throw ShapefileException.of(
                    file,
                    "DBF header/record size mismatch: fields add up to " + fieldsLength
                            + " bytes per record but the header says " + recordLength);
        }
        return List.copyOf(out);
    }

    /** UTF-8 if the first records contain non-ASCII bytes that are valid UTF-8, else windows-1252. */
    private Charset sniff(long size) throws IOException {
        int n = (int) Math.min(SNIFF_BYTES, size - headerLength);
        if (n <= 0) {
            return Charset.forName("windows-1252");
        }
        int at = window.load(headerLength, n);
        byte[] b = window.array();
        boolean high = false;
        for (int i = at; i < at + n && !high; i++) {
            high = b[i] < 0;
        }
        if (high) {
            try {
                // Cut at a record boundary so that no character is split.
                int whole = Math.max(recordLength, n - n % recordLength);
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b, at, Math.min(whole, n)));
                return StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                return Charset.forName("windows-1252");
            }
        }
        return Charset.forName("windows-1252");
    }

    int recordCount() {
        return recordCount;
    }

    Charset charset() {
        return text.charset();
    }

    String charsetSource() {
        return charsetSource;
    }

    List<Field> fields() {
        List<Field> out = new ArrayList<>(fields.size());
        for (DbfField f : fields) {
            out.add(f.toField());
        }
        return List.copyOf(out);
    }

    /** True when record {@code i} (0-based) is marked deleted; loads it into the window. */
    boolean isDeleted(int i) throws ShapefileException {
        try {
            int at = window.load(headerLength + (long) i * recordLength, recordLength);
            return window.array()[at] == '*';
        } catch (IOException e) {
            throw ShapefileException.io(file, e);
        }
    }

    /** Reads the values of record {@code i} (0-based) into {@code out}, one per field. */
    void read(int i, Object[] out) throws ShapefileException {
        int at;
        try {
            at = window.load(headerLength + (long) i * recordLength, recordLength) + 1;
        } catch (IOException e) {
            throw ShapefileException.io(file, e);
        }
        byte[] b = window.array();
        ByteBuffer le = window.le();
        for (int f = 0; f < out.length; f++) {
            DbfField field = fields.get(f);
            int from = at + field.offset();
            int to = from + field.length();
            Object v;
            switch (field.dbfType()) {
                case 'N':
                case 'F':
                    v = field.type() == FieldType.INTEGER
                            ? DbfValues.parseLong(b, from, to)
                            : DbfValues.parseDouble(b, from, to);
                    break;
                case 'L':
                    v = DbfValues.parseBoolean(b[from]);
                    break;
                case 'D':
                    v = DbfValues.parseDate(b, from, to);
                    break;
                case 'I':
                case '+':
                    v = (long) le.getInt(from);
                    break;
                case 'O':
                    v = le.getDouble(from);
                    break;
                case '@':
                    v = DbfValues.timestamp(le.getInt(from), le.getInt(from + 4));
                    break;
                default:
                    int end = DbfValues.trimEnd(b, from, to);
                    v = end == from ? null : text.decode(b, from, end - from);
            }
            if (v == DbfValues.UNPARSEABLE) {
                if (!warned[f]) {
                    warned[f] = true;
                    warnings.add(file.getFileName() + ": record " + (i + 1) + ": field " + field.name()
                            + ": cannot parse \"" + new String(b, from, to - from, StandardCharsets.ISO_8859_1).strip()
                            + "\"; read as null (and possibly others)");
                }
                v = null;
            }
            out[f] = v;
        }
    }
}
