package org.standoff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standoff.geo.LengthUnit;
import org.standoff.io.shapefile.ProgressListener;
import org.standoff.io.shapefile.ShapefileLayers;
import org.standoff.io.shapefile.ShapefileReadOptions;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.Layer;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;

/** Helpers shared by the commands: reading inputs with messages that name the file, distances, CSV cells. */
final class CliSupport {

    private static final Pattern DISTANCE =
            Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(mi|km|nmi|m)\\s*");

    private CliSupport() {}

    /** A distance with its unit as typed on the command line, e.g. {@code 1mi}, and its value in metres. */
    record Distance(String text, double metres) {
        static Distance parse(String text) {
            Matcher m = DISTANCE.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CliInputException(
                        "bad distance '" + text + "': give a number and a unit (mi, km, nmi, m), e.g. 1mi");
            }
            LengthUnit unit = switch (m.group(2)) {
                case "mi" -> LengthUnit.MILE;
                case "km" -> LengthUnit.KILOMETRE;
                case "nmi" -> LengthUnit.NAUTICAL_MILE;
                default -> LengthUnit.METRE;
            };
            double v = Double.parseDouble(m.group(1));
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new CliInputException("bad distance '" + text + "': must be greater than zero");
            }
            return new Distance(text.trim(), unit.toMetres(v));
        }
    }

    static List<Distance> distances(List<String> texts) {
        List<Distance> out = new ArrayList<>();
        for (String t : texts == null ? List.<String>of() : texts) {
            out.add(Distance.parse(t));
        }
        return out;
    }

    /** The files that travel with a shapefile: writing over any of them is writing over the input. */
    private static final List<String> SHAPEFILE_PARTS =
            List.of(".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx");

    /**
     * Refuses an output that would destroy something: one of the command's inputs (or a part of
     * an input shapefile), a file that is not a regular file (a folder, {@code /dev/null}), or a
     * name without one of the expected extensions. Null inputs are ignored.
     */
    static void checkOutput(Path out, List<String> extensions, Path... inputs) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(name::endsWith)) {
            throw new CliInputException(
                    out + ": the output must end in " + String.join(" or ", extensions) + "; nothing was written");
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            throw new CliInputException(out + " is not a regular file (a folder or a device); nothing was written");
        }
        for (Path in : inputs) {
            if (in == null) {
                continue;
            }
            String base = in.getFileName().toString().replaceFirst("(?i)\\.shp$", "");
            List<Path> parts =
                    in.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")
                            ? SHAPEFILE_PARTS.stream()
                                    .flatMap(e -> java.util.stream.Stream.of(
                                            in.resolveSibling(base + e),
                                            in.resolveSibling(base + e.toUpperCase(Locale.ROOT))))
                                    .toList()
                            : List.of(in);
            for (Path part : parts) {
                if (sameFile(out, part)) {
                    throw new CliInputException(out + " is one of this command's inputs (" + part + "); "
                            + "choose another output file. Nothing was written.");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (java.io.IOException e) {
            // cannot tell: compare the names below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliInputException(file + ": no such file");
        }
    }

    /** Reads a project; the message names the file when it is missing or not a project. */
    static Project readProject(Path file) {
        return openProject(file).project();
    }

    /** Opens a project with what the file says about itself (version, warnings); the message names the file. */
    static org.standoff.io.store.OpenedProject openProject(Path file) {
        requireFile(file);
        try {
            return ProjectFile.open(file);
        } catch (org.standoff.io.store.StoreException e) {
            String msg = e.getMessage();
            throw new CliInputException(msg.contains(file.toString()) ? msg : file + ": " + msg, e);
        }
    }

    static Layer loadShapefile(Path shp) throws Exception {
        requireFile(shp);
        try {
            return ShapefileLayers.load(shp, ShapefileReadOptions.defaults(), ProgressListener.NONE)
                    .layer();
        } catch (org.standoff.io.shapefile.ShapefileException e) {
            String msg = String.valueOf(e.getMessage());
            throw new CliInputException(msg.contains(shp.getFileName().toString()) ? msg : shp + ": " + msg, e);
        }
    }

    static Project withSites(Project p, List<MiningSite> sites) {
        return new Project(p.name(), p.layers(), sites, p.zones(), p.ruleSets(), p.view(), p.settings());
    }

    /** A project name from a file name: {@code briefs/alpha.gpkg} gives {@code alpha}. */
    static String nameOf(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.[a-z0-9]+$", "");
    }

    /** A plain decimal number (no exponent), or empty for NaN / infinity. */
    static String num(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new java.math.BigDecimal(v)
                .setScale(decimals, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
