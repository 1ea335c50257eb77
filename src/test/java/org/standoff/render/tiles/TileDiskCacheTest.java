package org.standoff.render.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileDiskCacheTest {

    @TempDir
    Path dir;

    private static BufferedImage noise(long seed) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Random r = new Random(seed);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                img.setRGB(x, y, 0xFF000000 | r.nextInt(0xFFFFFF));
            }
        }
        return img;
    }

    @Test
    void returnsTheSamePixelsItStored() {
        TileDiskCache cache = new TileDiskCache(dir, 10_000_000);
        BufferedImage img = noise(1);
        cache.put(5, 7, 11, img);
        BufferedImage back = cache.get(5, 7, 11).orElseThrow();
        assertEquals(img.getRGB(100, 100), back.getRGB(100, 100));
        assertEquals(img.getRGB(3, 250), back.getRGB(3, 250));
        assertFalse(cache.get(5, 7, 12).isPresent());
    }

    @Test
    void treatsAnUnreadableFileAsMissing() throws Exception {
        TileDiskCache cache = new TileDiskCache(dir, 10_000_000);
        Path f = cache.file(1, 0, 0);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "not a png");
        assertFalse(cache.get(1, 0, 0).isPresent());
    }

    @Test
    void staysWithinItsByteBudget() throws Exception {
        long budget = 1_000_000; // a noise tile is ~200 KB as PNG
        TileDiskCache cache = new TileDiskCache(dir, budget);
        for (int i = 0; i < 15; i++) {
            cache.put(3, i, 0, noise(i));
        }
        long total;
        try (Stream<Path> s = Files.walk(dir)) {
            total = s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        assertTrue(total <= budget, "cache holds " + total + " bytes, budget " + budget);
        assertTrue(cache.get(3, 14, 0).isPresent(), "the newest tile survives trimming");
    }
}
