package org.standoff.io.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.standoff.model.Layer;
import org.standoff.model.LayerSource;

/**
 * Reads a shapefile as a {@link Layer} named after the file, with its provenance: path,
 * import time, SHA-256 of the {@code .shp} and {@code .dbf} (so a project can tell later
 * whether the source changed), the declared coordinate system and the datum transformation
 * used with its stated accuracy, and the reader's warnings (all kept in the project file).
 */
public final class ShapefileLayers {

    /** A loaded layer and the reader's warnings (e.g. "no .prj, WGS84 assumed"). */
    public record Loaded(Layer layer, List<String> warnings) {}

    private ShapefileLayers() {}

    public static Loaded load(Path shp, ShapefileReadOptions options, ProgressListener progress)
            throws ShapefileException {
        ShapefileData data = ShapefileReader.read(shp, options, progress);
        String name = shp.getFileName().toString().replaceFirst("(?i)\\.shp$", "");
        LayerSource source = new LayerSource(
                shp.toAbsolutePath().toString(),
                Instant.now(),
                checksum(shp),
                data.crsName(),
                data.datumOperation().describe(),
                data.datumOperation().known() ? data.datumOperation().accuracyMetres() : null,
                data.warnings());
        return new Loaded(new Layer(name, data.fields(), data.features(), source), data.warnings());
    }

    /** SHA-256 over the .shp then the .dbf (when present), hex. */
    public static String checksum(Path shp) throws ShapefileException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            digest(md, shp);
            java.util.Optional<Path> dbf = ShapefileFiles.locate(shp).dbf();
            if (dbf.isPresent()) {
                digest(md, dbf.get());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw ShapefileException.io(shp, e);
        }
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
    }
}
