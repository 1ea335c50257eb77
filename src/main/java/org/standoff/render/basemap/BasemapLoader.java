package org.standoff.render.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.standoff.analysis.locate.Gazetteer;
import org.standoff.io.store.GeoPackageReader;
import org.standoff.io.store.StoreException;
import org.standoff.model.Feature;
import org.standoff.model.Layer;

/**
 * Loads the offline basemap from its GeoPackage (tables {@code land}, {@code countries},
 * {@code states}, {@code lakes} and {@code rivers}, WGS84, with a {@code name} column where labels
 * apply), either from a file or from the copy bundled in the application's jar, and takes its
 * town labels from the bundled gazetteer.
 *
 * <p>The bundled copy is extracted once to a cache folder because SQLite reads files, not
 * class-path resources. A missing table loads as an empty layer rather than failing, so a
 * trimmed basemap still draws.
 */
public final class BasemapLoader {

    /** Class-path location of the bundled basemap (copied there from {@code data/basemap}). */
    public static final String BUNDLED_RESOURCE = "/org/standoff/render/basemap/basemap.gpkg";

    private BasemapLoader() {}

    /** Loads the bundled basemap, extracting it into {@code cacheDir} if not already there; shared as {@link #loadShared} says. */
    public static Basemap loadBundled(Path cacheDir) throws StoreException {
        return loadShared(extractBundled(cacheDir));
    }

    /**
     * Copies the bundled basemap into the cache folder, made private to the user, and returns its
     * path. A file already there is reused only when its SHA-256 is the bundled content's, so a
     * file planted or damaged in the cache is replaced, never read.
     */
    public static Path extractBundled(Path cacheDir) throws StoreException {
        try (InputStream in = BasemapLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new StoreException(
                        "the bundled basemap " + BUNDLED_RESOURCE + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            String hash = sha256(bytes);
            org.standoff.io.StandoffHome.privateFolder(cacheDir);
            Path target = cacheDir.resolve("basemap-" + hash.substring(0, 16) + ".gpkg");
            if (!Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || !hash.equals(sha256(Files.readAllBytes(target)))) {
                Path tmp = Files.createTempFile(cacheDir, "basemap", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new StoreException("cannot extract the bundled basemap into " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The last basemap {@link #loadShared} loaded, and the extracted file name it came from. */
    private static String sharedName;

    private static Basemap shared;

    /**
     * Loads the bundled basemap as extracted by {@link #extractBundled}, once per process: the
     * extracted file's name carries its content's hash, so a second window (or a test's fresh
     * home) with the same bundled file reuses the basemap in memory, tens of megabytes with its
     * towns, instead of loading another. The basemap is immutable, so sharing it is safe.
     */
    public static synchronized Basemap loadShared(Path extracted) throws StoreException {
        String name = extracted.getFileName().toString();
        if (!name.equals(sharedName)) {
            shared = load(extracted);
            sharedName = name;
        }
        return shared;
    }

    /** Loads a basemap GeoPackage file, with the bundled gazetteer's places as its towns. */
    public static Basemap load(Path gpkg) throws StoreException {
        return load(gpkg, towns(Gazetteer.bundled()));
    }

    /** Loads a basemap GeoPackage file with the given towns. */
    public static Basemap load(Path gpkg, List<Basemap.Town> towns) throws StoreException {
        GeoPackageReader reader = new GeoPackageReader(gpkg);
        List<String> tables = reader.featureTables();
        return new Basemap(
                shapes(reader, tables, "land"),
                shapes(reader, tables, "countries"),
                shapes(reader, tables, "states"),
                shapes(reader, tables, "lakes"),
                shapes(reader, tables, "rivers"),
                towns);
    }

    /** The gazetteer's populated places (not its counties or states) as towns to label. */
    public static List<Basemap.Town> towns(Gazetteer gazetteer) {
        List<Basemap.Town> out = new ArrayList<>();
        for (Gazetteer.Place p : gazetteer.places()) {
            if (p.kind() == Gazetteer.PlaceKind.PLACE) {
                out.add(new Basemap.Town(p.name(), p.lon(), p.lat(), p.population()));
            }
        }
        return out;
    }

    private static List<Basemap.Shape> shapes(GeoPackageReader reader, List<String> tables, String table)
            throws StoreException {
        if (!tables.contains(table)) {
            return List.of();
        }
        Layer layer = reader.readLayer(table);
        int nameIndex = layer.fieldIndex("name");
        List<Basemap.Shape> shapes = new ArrayList<>(layer.features().size());
        for (Feature f : layer.features()) {
            Object name = nameIndex < 0 ? null : f.value(nameIndex);
            shapes.add(new Basemap.Shape(name == null ? "" : name.toString(), f.geometry()));
        }
        return shapes;
    }
}
