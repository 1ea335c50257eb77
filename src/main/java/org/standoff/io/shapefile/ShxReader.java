package org.standoff.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a {@code .shx} index into a {@link RecordIndex}, checking every entry against the size
 * of the {@code .shp} it indexes.
 *
 * <p>Guarantees: returns either an index whose every record lies inside the {@code .shp}, or
 * null with a warning when the index is unusable (wrong size, entries out of range, broken
 * header), so that the caller falls back to scanning the {@code .shp}. Never throws for a bad
 * {@code .shx}: the index is redundant data and the {@code .shp} is the authority.
 */
final class ShxReader {

    private ShxReader() {}

    static RecordIndex read(Path shx, long shpSize, Warnings warnings) {
        String name = shx.getFileName().toString();
        try (FileChannel channel = FileChannel.open(shx, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < ShpHeader.LENGTH
                    || (size - ShpHeader.LENGTH) % 8 != 0
                    || (size - ShpHeader.LENGTH) / 8 > Integer.MAX_VALUE) {
                warnings.add(name + ": size " + size + " is not 100 + 8 x records; scanning the .shp instead");
                return null;
            }
            int count = (int) ((size - ShpHeader.LENGTH) / 8);
            // Each record takes at least 12 bytes of .shp; more entries than that cannot be
            // right, and checking first keeps a hostile .shx from sizing our arrays.
            if (count > (shpSize - ShpHeader.LENGTH) / 12) {
                warnings.add(name + ": " + count + " entries cannot fit in the .shp; scanning the .shp instead");
                return null;
            }
            ChannelWindow window = new ChannelWindow(channel, ChannelWindow.DEFAULT_CAPACITY);
            int[] offsets = new int[count];
            int[] lengths = new int[count];
            for (int i = 0; i < count; i++) {
                long pos = ShpHeader.LENGTH + 8L * i;
                int at = window.load(pos, 8);
                ByteBuffer be = window.be();
                long offset = (be.getInt(at) & 0xFFFFFFFFL) * 2;
                long content = (be.getInt(at + 4) & 0xFFFFFFFFL) * 2;
                if (offset < ShpHeader.LENGTH
                        || content < 4
                        || offset + 8 + content > shpSize
                        || offset > 0xFFFFFFFFL) {
                    warnings.add(name + ": entry " + (i + 1) + " points outside the .shp; scanning the .shp instead");
                    return null;
                }
                offsets[i] = (int) offset;
                lengths[i] = (int) content;
            }
            long end = count == 0 ? ShpHeader.LENGTH : offsets[count - 1] + 8L + lengths[count - 1];
            if (end < shpSize && shpSize - end >= 12) {
                // Records follow the last one indexed: the .shx is stale or cut short. Reading
                // by it would drop them without a word.
                warnings.add(name + ": lists " + count + " records but the .shp continues after the last one; "
                        + "scanning the .shp instead");
                return null;
            }
            return new RecordIndex(offsets, lengths, count, true);
        } catch (IOException e) {
            warnings.add(name + ": unreadable (" + e.getMessage() + "); scanning the .shp instead");
            return null;
        }
    }
}
