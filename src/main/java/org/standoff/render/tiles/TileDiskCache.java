package org.standoff.render.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A bounded on-disk cache of rendered tiles as PNG files under {@code root/z/x/y.png}.
 *
 * <p>The caller chooses a root per basemap version, so a changed basemap or style never shows
 * stale tiles. When the cache grows past its byte budget the least recently written files are
 * deleted until it is at three quarters of the budget. Writes go to a temporary file and are
 * moved into place, so a reader never sees half a PNG. A tile that cannot be read is treated
 * as missing. Safe for concurrent use by several threads in one process.
 */
public final class TileDiskCache {

    private final Path root;
    private final long maxBytes;
    private final AtomicLong approxBytes = new AtomicLong(-1);

    public TileDiskCache(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /** The cached tile, if present and readable. */
    public Optional<BufferedImage> get(int zoom, long x, long y) {
        Path file = file(zoom, x, y);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores a tile; on a full or read-only disk the tile is simply not cached. */
    public void put(int zoom, long x, long y, BufferedImage image) {
        Path file = file(zoom, x, y);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "tile", ".tmp");
            ImageIO.write(image, "png", tmp.toFile());
            long size = Files.size(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (approxBytes.get() < 0) {
                approxBytes.set(measure());
            }
            if (approxBytes.addAndGet(size) > maxBytes) {
                trim();
            }
        } catch (IOException e) {
            // A cache that cannot write is only slower; the tile was already delivered.
        }
    }

    /** The root folder of this cache. */
    public Path root() {
        return root;
    }

    Path file(int zoom, long x, long y) {
        return root.resolve(Integer.toString(zoom)).resolve(Long.toString(x)).resolve(y + ".png");
    }

    private synchronized void trim() throws IOException {
        List<Path> files = pngFiles();
        files.sort(Comparator.comparing(TileDiskCache::modified));
        long total = 0;
        for (Path f : files) {
            total += sizeOrZero(f);
        }
        long target = maxBytes * 3 / 4;
        for (Path f : files) {
            if (total <= target) {
                break;
            }
            long size = sizeOrZero(f);
            Files.deleteIfExists(f);
            total -= size;
        }
        approxBytes.set(total);
    }

    private long measure() throws IOException {
        long total = 0;
        for (Path f : pngFiles()) {
            total += sizeOrZero(f);
        }
        return total;
    }

    private static long sizeOrZero(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private List<Path> pngFiles() throws IOException {
        if (!Files.isDirectory(root)) {
            return new ArrayList<>();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".png")).toList());
        } catch (UncheckedIOException e) {
            // Another thread moved or deleted a file mid-walk; report it as the checked kind.
            throw e.getCause();
        }
    }

    /** A file that vanished sorts first, so trimming treats it as the oldest. */
    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
