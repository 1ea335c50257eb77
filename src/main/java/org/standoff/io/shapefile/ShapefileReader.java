package org.standoff.io.shapefile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.standoff.geo.crs.CrsException;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.geo.crs.Reprojection;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.Layer;

/**
 * Reads a whole shapefile into features in WGS84: the entry point of this package.
 *
 * <p>Guarantees: either returns complete data or throws {@link ShapefileException} (nothing
 * unchecked escapes for a malformed file); all files are closed when it returns, either way;
 * the {@code .shp} and {@code .dbf} must agree on the number of records, and a record deleted
 * in the {@code .dbf} drops its shape too, so ids stay the file's record numbers. Geometry
 * without a {@code .prj} is taken as WGS84 only when the header box fits longitude/latitude.
 * A missing {@code .dbf} gives features without attributes (with a warning). Invalid polygon
 * outlines are repaired ({@link OutlineRepair}, the original kept in the feature) and a record
 * whose coordinates are not finite or not on the Earth after conversion is skipped; each is
 * listed in the warnings by record number and name. Does not: keep anything open, read
 * {@code .qix}/{@code .sbn} spatial indexes, or sort geometries.
 * Thread-safe (stateless); one read uses one thread.
 */
public final class ShapefileReader {

    private static final int PROGRESS_EVERY = 4096;

    private ShapefileReader() {}

    /** Reads {@code shp} with default options and no progress reporting. */
    public static ShapefileData read(Path shp) throws ShapefileException {
        return read(shp, ShapefileReadOptions.defaults(), ProgressListener.NONE);
    }

    /** Reads {@code shp} and its sidecars; see the class comment for what is guaranteed. */
    public static ShapefileData read(Path shp, ShapefileReadOptions options, ProgressListener progress)
            throws ShapefileException {
        ShapefileFiles files = ShapefileFiles.locate(shp);
        Warnings warnings = new Warnings();
        try (FileChannel shpChannel = FileChannel.open(shp, StandardOpenOption.READ);
                FileChannel dbfChannel =
                        files.dbf().isPresent() ? FileChannel.open(files.dbf().get(), StandardOpenOption.READ) : null) {
            ShpReader shpReader = new ShpReader(shp, shpChannel, warnings);
            PrjCrs crs = resolveCrs(files, options, shpReader.header(), shpReader.size(), warnings);
            Reprojection reprojection =
                    reprojection(crs, shpReader.header(), files.prj().orElse(shp), warnings);
            DbfReader dbf = null;
            if (dbfChannel != null) {
                String cpg = files.cpg().isPresent() ? readCpg(files.cpg().get(), warnings) : null;
                dbf = new DbfReader(files.dbf().get(), dbfChannel, options.charset(), cpg, warnings);
            } else {
                warnings.add(shp.getFileName() + ": no .dbf; features have no attributes");
            }
            RecordIndex index =
                    files.shx().isPresent() ? ShxReader.read(files.shx().get(), shpReader.size(), warnings) : null;
            if (index == null) {
                index = shpReader.scan(warnings);
            }
            GeometryDecoder decoder =
                    new GeometryDecoder(shp, shpReader.header().shapeType(), reprojection, warnings);
            List<Feature> features = readFeatures(shpReader, index, dbf, decoder, progress);
            if (features == null) {
                warnings.add(files.shx().get().getFileName() + ": does not match the .shp; scanned the .shp instead");
                features = readFeatures(shpReader, shpReader.scan(warnings), dbf, decoder, progress);
            }
            Envelope bbox = new Envelope();
            for (Feature f : features) {
                bbox.expandToInclude(f.geometry().getEnvelopeInternal());
            }
            progress.progress(1.0);
            List<Field> fields = dbf == null ? List.of() : dbf.fields();
            return new ShapefileData(
                    fields,
                    features,
                    shpReader.header().shapeType(),
                    bbox,
                    crs.name(),
                    dbf == null ? StandardCharsets.UTF_8 : dbf.charset(),
                    warnings.toList(),
                    crs,
                    reprojection.operation());
        } catch (IOException e) {
            throw ShapefileException.io(shp, e);
        }
    }

    /**
     * Joins records; returns null when a {@code .shx} entry disagrees with the {@code .shp}
     * (the caller then rescans). Deleted DBF records are skipped before their shape is decoded.
     */
    private static List<Feature> readFeatures(
            ShpReader shp, RecordIndex index, DbfReader dbf, GeometryDecoder decoder, ProgressListener progress)
            throws ShapefileException {
        int count = index.count();
        if (dbf != null && dbf.recordCount() != count) {
            // as GDAL: every shape is read; shapes without a .dbf row have no attributes, rows without a shape are
            // ignored
            decoder.warnings()
                    .add(decoderFile(decoder).getFileName() + ": the .shp has " + count + " records but the .dbf has "
                            + dbf.recordCount()
                            + (dbf.recordCount() < count
                                    ? "; records " + (dbf.recordCount() + 1) + " to " + count + " have no attributes"
                                    : "; the .dbf's last " + (dbf.recordCount() - count)
                                            + " rows have no shape and are ignored"));
        }
        int rows = dbf == null ? 0 : dbf.recordCount();
        List<Feature> features = new ArrayList<>(count);
        Object[] values = new Object[dbf == null ? 0 : dbf.fields().size()];
        int nameField = dbf == null ? -1 : Layer.nameFieldIndex(dbf.fields());
        for (int i = 0; i < count; i++) {
            if (i % PROGRESS_EVERY == 0) {
                if (progress.isCancelled()) {
                    throw ShapefileException.of(decoderFile(decoder), "reading cancelled");
                }
                progress.progress((double) i / count);
            }
            if (dbf != null && i < rows && dbf.isDeleted(i)) {
                continue;
            }
            int at = shp.load(index, i);
            if (at < 0) {
                return null;
            }
            Geometry geometry = decoder.decode(shp.window().le(), at, index.contentLength(i), i + 1L);
            if (dbf != null && i < rows) {
                dbf.read(i, values);
            } else {
                java.util.Arrays.fill(values, null);
            }
            if (geometry == null) {
                decoder.warnings()
                        .add(label(decoder, i + 1L, values, nameField) + ": " + decoder.skipReason() + "; skipped");
                continue;
            }
            Geometry original = null;
            // MultiPatch surfaces flatten into triangles that share edges by design: not outlines.
            String problem =
                    shp.header().shapeType().base() == ShapeType.POLYGON ? OutlineRepair.problem(geometry) : null;
            if (problem != null) {
                original = geometry;
                geometry = OutlineRepair.repair(geometry);
                decoder.warnings()
                        .add(label(decoder, i + 1L, values, nameField) + ": invalid outline (" + problem + "); "
                                + (geometry.isEmpty() ? "nothing with an area was left, so it is empty" : "repaired"));
            }
            // Feature copies the array, so one buffer serves every record.
            features.add(new Feature(i + 1L, geometry, values, original));
        }
        return features;
    }

    /** "roads.shp: record 17 (Main Street)": the record and, when it has one, its name. */
    private static String label(GeometryDecoder decoder, long record, Object[] values, int nameField) {
        Object name = nameField < 0 ? null : values[nameField];
        return decoder.file().getFileName() + ": record " + record
                + (name == null || name.toString().isBlank()
                        ? ""
                        : " (" + name.toString().strip() + ")");
    }

    private static Path decoderFile(GeometryDecoder decoder) {
        return decoder.file();
    }

    /**
     * The conversion to WGS 84 through the datum transformation chosen for the layer's area
     * (the header's box, in the file's own coordinates); warns when none is known.
     */
    private static Reprojection reprojection(PrjCrs crs, ShpHeader header, Path crsFile, Warnings warnings)
            throws ShapefileException {
        Reprojection reprojection;
        try {
            reprojection = crs.toWgs84(crs.areaOf(header.minX(), header.minY(), header.maxX(), header.maxY())
                    .orElse(null));
        } catch (CrsException e) {
            throw ShapefileException.of(crsFile, e.getMessage());
        }
        if (!reprojection.operation().known()) {
            warnings.add(crsFile.getFileName() + ": " + reprojection.operation().name()
                    + " (positions may be off by tens to hundreds of metres)");
        }
        return reprojection;
    }

    private static PrjCrs resolveCrs(
            ShapefileFiles files, ShapefileReadOptions options, ShpHeader header, long shpSize, Warnings warnings)
            throws ShapefileException {
        if (options.crs() != null) {
            return options.crs();
        }
        if (files.prj().isPresent()) {
            Path prj = files.prj().get();
            try {
                PrjCrs crs = PrjCrs.parse(readSmallText(prj, 64 * 1024));
                for (String note : crs.notes()) {
                    warnings.add(prj.getFileName() + ": " + note);
                }
                return crs;
            } catch (CrsException e) {
                throw ShapefileException.of(prj, e.getMessage());
            }
        }
        if (header.fitsLonLat()) {
            warnings.add(
                    files.shp().getFileName() + ": no .prj; coordinates fit longitude/latitude, so WGS84 is assumed");
            return PrjCrs.wgs84();
        }
        if (shpSize <= ShpHeader.LENGTH) {
            // No records: nothing to place, whatever the header's box says (writers leave zeros,
            // NaN or ±Double.MAX_VALUE there).
            warnings.add(files.shp().getFileName() + ": no .prj and no records; taken as WGS84");
            return PrjCrs.wgs84();
        }
        throw ShapefileException.missingCrs(
                files.shp(),
                String.format(
                        java.util.Locale.ROOT,
                        "no .prj file and the coordinates (x %.9g to %.9g, y %.9g to %.9g) are not longitude/latitude: %s; "
                                + "add the .prj that came with the data next to the .shp, or choose the coordinate system explicitly",
                        header.minX(),
                        header.maxX(),
                        header.minY(),
                        header.maxY(),
                        header.whyNotLonLat()));
    }

    /**
     * The .cpg's text, or null (with a warning) when it is too large to be a code page name: an
     * HTML page saved as .cpg, as in shapefile-js's test data, is ignored as GDAL ignores it.
     */
    private static String readCpg(Path cpg, Warnings warnings) throws ShapefileException {
        try {
            long size = Files.size(cpg);
            if (size > 1024) {
                warnings.add(cpg.getFileName() + ": is " + size + " bytes, not a code page name; ignored");
                return null;
            }
        } catch (IOException e) {
            throw ShapefileException.io(cpg, e);
        }
        return readSmallText(cpg, 1024);
    }

    /** Reads a sidecar that is text by nature; refuses absurd sizes instead of loading them. */
    private static String readSmallText(Path file, int limit) throws ShapefileException {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw ShapefileException.of(
                        file, "is " + size + " bytes, too large for its kind (at most " + limit + ")");
            }
            // ISO-8859-1 never fails to decode; WKT and code page names are ASCII anyway.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw ShapefileException.io(file, e);
        }
    }
}
