package org.standoff.io.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.standoff.model.LayerSource;

/**
 * Whether a layer's source file has changed since it was imported, for "Reload from source":
 * the SHA-256 is recomputed exactly as the import computed it ({@link ShapefileLayers#checksum}:
 * the {@code .shp} then the {@code .dbf}; any other file: its bytes) and compared with the
 * recorded one. Reads the whole source, so call it off the UI thread for large files. Does not
 * reload anything. Stateless and thread-safe.
 */
public final class LayerSources {

    /** The outcome of a check. */
    public enum Status {
        /** The file is there and its checksum matches the recorded one. */
        UNCHANGED,
        /** The file is there but its content differs. */
        CHANGED,
        /** There is no file at the recorded path. */
        MISSING,
        /** The file is there but no checksum was recorded at import, so a change cannot be told. */
        UNKNOWN
    }

    private LayerSources() {}

    /** Checks one source. */
    public static Status check(LayerSource source) throws ShapefileException {
        Path path = Path.of(source.path());
        if (!Files.isRegularFile(path)) {
            return Status.MISSING;
        }
        if (source.sha256() == null || source.sha256().isBlank()) {
            return Status.UNKNOWN;
        }
        return checksum(path).equalsIgnoreCase(source.sha256().strip()) ? Status.UNCHANGED : Status.CHANGED;
    }

    /** The checksum as the importer of that kind of file records it, hex. */
    static String checksum(Path path) throws ShapefileException {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")) {
            return ShapefileLayers.checksum(path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new ShapefileException(path + ": cannot check the source file (" + e.getMessage() + ")", e);
        }
    }
}
