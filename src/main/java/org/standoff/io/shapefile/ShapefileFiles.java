package org.standoff.io.shapefile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The set of files that make up one shapefile: the {@code .shp} and whichever of {@code .shx},
 * {@code .dbf}, {@code .prj} and {@code .cpg} exist beside it with the same base name.
 *
 * <p>Sidecars are matched case-insensitively on the extension (data copied from Windows often
 * mixes {@code .SHP} and {@code .dbf}); an exact-case match wins. Guarantees the {@code .shp}
 * existed when located; does not open anything.
 */
public record ShapefileFiles(Path shp, Optional<Path> shx, Optional<Path> dbf, Optional<Path> prj, Optional<Path> cpg) {

    /**
     * Finds the sidecars of {@code shp}.
     *
     * @throws ShapefileException if {@code shp} does not exist or its directory cannot be listed
     */
    public static ShapefileFiles locate(Path shp) throws ShapefileException {
        if (!Files.isRegularFile(shp)) {
            throw ShapefileException.of(shp, "no such file");
        }
        String name = shp.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return new ShapefileFiles(
                shp,
                sidecar(shp, base, "shx"),
                sidecar(shp, base, "dbf"),
                sidecar(shp, base, "prj"),
                sidecar(shp, base, "cpg"));
    }

    /** The path a sidecar with {@code extension} would have, whether or not it exists. */
    public static Path sibling(Path shp, String extension) {
        String name = shp.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return shp.resolveSibling(base + "." + extension);
    }

    private static Optional<Path> sidecar(Path shp, String base, String ext) throws ShapefileException {
        Path exact = shp.resolveSibling(base + "." + ext);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        Path dir = shp.toAbsolutePath().getParent();
        String wanted = (base + "." + ext).toLowerCase(Locale.ROOT);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted) && Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        } catch (IOException e) {
            throw ShapefileException.io(shp, e);
        }
        return Optional.empty();
    }
}
