package org.standoff.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the header and the raw records of an open {@code .shp} file.
 *
 * <p>Guarantees: a record handed out lies entirely inside the file and its content length is
 * at least 4 bytes (the shape type); the index built by {@link #scan} covers exactly the
 * records present. Does not decode shapes (that is {@link GeometryDecoder}'s job) and does not
 * own the channel.
 */
final class ShpReader {

    private final Path file;
    private final ChannelWindow window;
    private final ShpHeader header;

    ShpReader(Path file, FileChannel channel, Warnings warnings) throws ShapefileException {
        this.file = file;
        try {
            this.window = new ChannelWindow(channel, ChannelWindow.DEFAULT_CAPACITY);
            this.header = readHeader(file, window, warnings);
        } catch (IOException e) {
            throw ShapefileException.io(file, e);
        }
        if (window.size() > 0xFFFFFFFFL * 2) {
            throw ShapefileException.of(file, "larger than the 8 GB a shapefile can address");
        }
    }

    /** Reads and checks the 100-byte header shared by {@code .shp} and {@code .shx}. */
    static ShpHeader readHeader(Path file, ChannelWindow window, Warnings warnings)
            throws IOException, ShapefileException {
        if (window.size() < ShpHeader.LENGTH) {
            throw ShapefileException.of(file, "truncated header: " + window.size() + " bytes, 100 needed");
        }
        int at = window.load(0, ShpHeader.LENGTH);
        ByteBuffer be = window.be();
        ByteBuffer le = window.le();
        int fileCode = be.getInt(at);
        if (fileCode != ShpHeader.FILE_CODE) {
            throw ShapefileException.of(file, "not a shapefile (file code " + fileCode + ", expected 9994)");
        }
        long declared = (be.getInt(at + 24) & 0xFFFFFFFFL) * 2;
        int code = le.getInt(at + 32);
        ShapeType type = ShapeType.fromCode(code);
        if (type == null) {
            throw ShapefileException.of(file, "bad shape type " + code + " in header");
        }
        if (declared != window.size()) {
            warnings.add(file.getFileName() + ": header declares " + declared + " bytes but file has " + window.size());
        }
        return new ShpHeader(
                type,
                declared,
                le.getDouble(at + 36),
                le.getDouble(at + 44),
                le.getDouble(at + 52),
                le.getDouble(at + 60));
    }

    ShpHeader header() {
        return header;
    }

    long size() {
        return window.size();
    }

    ChannelWindow window() {
        return window;
    }

    /**
     * Builds the record index by walking the record headers, for when there is no usable
     * {@code .shx}. A record whose declared length runs past the end of the file ends the scan
     * with a warning (the records before it are read, as GDAL does); in the first record it fails.
     */
    RecordIndex scan(Warnings warnings) throws ShapefileException {
        long size = window.size();
        int[] offsets = new int[1024];
        int[] lengths = new int[1024];
        int n = 0;
        long pos = ShpHeader.LENGTH;
        try {
            while (pos + 8 <= size) {
                int at = window.load(pos, 8);
                int recordNumber = window.be().getInt(at);
                long content = (window.be().getInt(at + 4) & 0xFFFFFFFFL) * 2;
                if (recordNumber == 0 && content == 0) {
                    warnings.add(file.getFileName() + ": zero padding after record " + n + " ignored");
                    break;
                }
                if (n > 0 && content >= 4 && pos + 8 + content > size) {
                    // GDAL reads the records before a cut one; so does Standoff, saying so
                    warnings.add(file.getFileName() + ": record " + (n + 1) + ": " + truncated(pos, content)
                            + "; it and anything after it are not read");
                    pos = size;
                    break;
                }
                checkContent(n + 1, pos, content);
                if (n == offsets.length) {
                    offsets = Arrays.copyOf(offsets, n * 2);
                    lengths = Arrays.copyOf(lengths, n * 2);
                }
                offsets[n] = (int) pos;
                lengths[n] = (int) content;
                n++;
                pos += 8 + content;
            }
        } catch (IOException e) {
            throw ShapefileException.io(file, e);
        }
        if (pos < size && pos + 8 > size) {
            warnings.add(file.getFileName() + ": " + (size - pos) + " trailing bytes ignored");
        }
        return new RecordIndex(offsets, lengths, n, false);
    }

    private void checkContent(long recordNumber, long pos, long content) throws ShapefileException {
        if (content < 4) {
            throw ShapefileException.of(
                    file, recordNumber, "content length " + content + " bytes is too short for a shape type");
        }
        if (pos + 8 + content > window.size()) {
            throw ShapefileException.of(file, recordNumber, truncated(pos, content));
        }
    }

    private String truncated(long pos, long content) {
        return "truncated record: content length " + content + " bytes at offset " + pos
                + " runs past the end of the file (" + window.size() + " bytes)";
    }

    /**
     * Loads record {@code i} of {@code index} and returns the array index of its content (after
     * the 8-byte record header) in {@link #window()}, or -1 when the record header disagrees
     * with the index, which means the {@code .shx} is inconsistent.
     */
    int load(RecordIndex index, int i) throws ShapefileException {
        long pos = index.offset(i);
        int content = index.contentLength(i);
        checkContent(i + 1, pos, content);
        try {
            int at = window.load(pos, 8 + content);
            long declared = (window.be().getInt(at + 4) & 0xFFFFFFFFL) * 2;
            if (declared != content) {
                if (index.fromShx()) {
                    return -1;
                }
                throw ShapefileException.of(file, i + 1, "content length mismatch");
            }
            return at + 8;
        } catch (IOException e) {
            throw ShapefileException.io(file, e);
        }
    }
}
