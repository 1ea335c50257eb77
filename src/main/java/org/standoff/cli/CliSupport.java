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

    private static final Pattern DISTANCE = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(mi|km|nmi|m)\\s*");

    private CliSupport() {}

    /** A distance with its unit as typed on the command line, e.g. {@code 1mi}, and its value in metres. */
    record Distance(String text, double metres) {
        static Distance parse(String text) {
            Matcher m = DISTANCE.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("bad distance '" + text + "': give a number and a unit (mi, km, nmi, m), e.g. 1mi");
            }
            LengthUnit unit = switch (m.group(2)) {
                case "mi" -> LengthUnit.MILE;
                case "km" -> LengthUnit.KILOMETRE;
                case "nmi" -> LengthUnit.NAUTICAL_MILE;
                default -> LengthUnit.METRE;
            };
            double v = Double.parseDouble(m.group(1));
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("bad distance '" + text + "': must be greater than zero");
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

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
    }

    /** Reads a project; the message names the file when it is missing or not a project. */
    static Project readProject(Path file) throws Exception {
        requireFile(file);
        try {
            return ProjectFile.read(file);
        } catch (Exception e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static Layer loadShapefile(Path shp) throws Exception {
        requireFile(shp);
        try {
            return ShapefileLayers.load(shp, ShapefileReadOptions.defaults(), ProgressListener.NONE).layer();
        } catch (Exception e) {
            String msg = String.valueOf(e.getMessage());
            throw new IllegalArgumentException(msg.contains(shp.getFileName().toString()) ? msg : shp + ": " + msg, e);
        }
    }

    static Project withSites(Project p, List<MiningSite> sites) {
        return new Project(p.name(), p.layers(), sites, p.zones(), p.ruleSets(), p.view(), p.settings());
    }

    /** A project name from a file name: {@code briefs/alpha.gpkg} gives {@code alpha}. */
    static String nameOf(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.[a-z0-9]+$", "");
    }

    /** One CSV cell per RFC 4180: quoted when it holds a comma, quote, or line break. */
    static String csv(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A plain decimal number (no exponent), or empty for NaN / infinity. */
    static String num(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
