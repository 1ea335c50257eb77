package org.standoff.io.shapefile;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A movable window of a file's bytes in one reusable heap array, with big- and little-endian
 * views of it (shapefiles mix both byte orders within a record).
 *
 * <p>Why not memory-mapping: a mapped file stays locked on Windows until the garbage collector
 * unmaps it, so "close and delete" would fail; and sequential reads through a 1 MB window are
 * as fast in practice. The window only grows beyond its initial size for a record that is
 * larger, and callers validate such lengths against {@link #size()} first, so a hostile length
 * cannot cause a large allocation. Does not own the channel.
 */
final class ChannelWindow {
    static final int DEFAULT_CAPACITY = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private byte[] array;
    private ByteBuffer le;
    private ByteBuffer be;
    private long start;
    private int length;

    ChannelWindow(FileChannel channel, int capacity) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        allocate((int) Math.min(capacity, Math.max(size, 64)));
    }

    private void allocate(int capacity) {
        array = new byte[capacity];
        le = ByteBuffer.wrap(array).order(ByteOrder.LITTLE_ENDIAN);
        be = ByteBuffer.wrap(array).order(ByteOrder.BIG_ENDIAN);
        start = 0;
        length = 0;
    }

    long size() {
        return size;
    }

    /**
     * Makes bytes {@code [position, position + count)} available and returns the index of
     * {@code position} in {@link #array()} and the views. The caller must have checked that the
     * range lies within the file.
     */
    int load(long position, int count) throws IOException {
        if (position >= start && position + count <= start + length) {
            return (int) (position - start);
        }
        if (position < 0 || count < 0 || position + count > size) {
            throw new EOFException("range " + position + "+" + count + " beyond end of file (" + size + " bytes)");
        }
        if (count > array.length) {
            allocate(count);
        }
        int want = (int) Math.min(array.length, size - position);
        ByteBuffer target = ByteBuffer.wrap(array, 0, want);
        long at = position;
        while (target.hasRemaining()) {
            int n = channel.read(target, at);
            if (n < 0) {
                throw new EOFException("file shrank while reading");
            }
            at += n;
        }
        start = position;
        length = want;
        return 0;
    }

    byte[] array() {
        return array;
    }

    ByteBuffer le() {
        return le;
    }

    ByteBuffer be() {
        return be;
    }
}
