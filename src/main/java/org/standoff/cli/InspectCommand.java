package org.standoff.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.standoff.geo.crs.DatumOperation;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.io.shapefile.ShapefileData;
import org.standoff.io.shapefile.ShapefileReadOptions;
import org.standoff.io.shapefile.ShapefileReader;
import org.standoff.model.Field;
import org.standoff.model.LayerSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff inspect FILE.shp}: reads a shapefile and prints a JSON summary on stdout
 * (feature count, geometry type, WGS84 bbox, CRS name and EPSG code, the datum transformation
 * to WGS 84 with its stated accuracy, encoding, fields, the reader's warnings). When no datum
 * transformation is known, that is also said on stderr. Failures propagate as
 * the reader's exception, whose message StandoffCli prints as {@code standoff: MESSAGE}.
 * The JSON is written by hand (no JSON library in the build); strings are escaped per RFC 8259.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description =
                "Print a JSON summary of a shapefile: feature count, geometry type, WGS84 bbox, CRS, datum transformation and its accuracy, encoding, fields, warnings.")
final class InspectCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "FILE.shp", description = "The .shp file.")
    private Path file;

    @CommandLine.Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "Text encoding of the .dbf, overriding .cpg.")
    private Charset encoding;

    @CommandLine.Option(
            names = "--prj",
            paramLabel = "FILE.prj",
            description = "Coordinate system to use instead of (or without) the .prj.")
    private Path prj;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ShapefileReadOptions options = ShapefileReadOptions.defaults().withCharset(encoding);
        if (prj != null) {
            options =
                    options.withCrs(PrjCrs.parse(Files.readString(prj, java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        ShapefileData data = ShapefileReader.read(file, options, org.standoff.io.shapefile.ProgressListener.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.println(toJson(data));
        out.flush();
        String datumWarning = datumWarning(data.datumOperation());
        if (datumWarning != null) {
            // Also on stderr, where a person running the command sees it even when the JSON is piped.
            PrintWriter err = spec.commandLine().getErr();
            err.println("standoff: warning: " + file.getFileName() + ": " + datumWarning);
            err.flush();
        }
        return StandoffCli.EXIT_OK;
    }

    /** The layer's datum warning ({@link LayerSource#datumWarning()}: unknown, or coarser than the one-mile rule allows), or null. */
    static String datumWarning(DatumOperation op) {
        return LayerSource.datumWarning(op.describe(), op.known() ? op.accuracyMetres() : null)
                .orElse(null);
    }

    static String toJson(ShapefileData data) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\n  \"features\": ").append(data.features().size());
        b.append(",\n  \"geometryType\": ").append(quote(data.shapeType().displayName()));
        Envelope e = data.bbox();
        b.append(",\n  \"bbox\": ");
        if (e.isNull()) {
            b.append("null");
        } else {
            b.append('[')
                    .append(number(e.getMinX()))
                    .append(", ")
                    .append(number(e.getMinY()))
                    .append(", ")
                    .append(number(e.getMaxX()))
                    .append(", ")
                    .append(number(e.getMaxY()))
                    .append(']');
        }
        b.append(",\n  \"crs\": ").append(quote(data.crsName()));
        String code = data.sourceCrs().epsgCode().orElse(null);
        b.append(",\n  \"crsCode\": ").append(code == null ? "null" : quote(code));
        DatumOperation op = data.datumOperation();
        b.append(",\n  \"datumOperation\": {\"name\": ")
                .append(quote(op.name()))
                .append(", \"code\": ")
                .append(op.code() == null ? "null" : quote(op.code()))
                .append(", \"accuracyMetres\": ")
                .append(op.known() ? number(op.accuracyMetres()) : "null")
                .append(", \"known\": ")
                .append(op.known())
                .append('}');
        b.append(",\n  \"encoding\": ").append(quote(data.charset().name()));
        b.append(",\n  \"fields\": [");
        String sep = "";
        for (Field f : data.fields()) {
            b.append(sep)
                    .append("\n    {\"name\": ")
                    .append(quote(f.name()))
                    .append(", \"type\": ")
                    .append(quote(f.type().name()))
                    .append('}');
            sep = ",";
        }
        b.append(data.fields().isEmpty() ? "]" : "\n  ]");
        b.append(",\n  \"warnings\": [");
        sep = "";
        List<String> warnings = new java.util.ArrayList<>(data.warnings());
        String datumWarning = datumWarning(op);
        if (datumWarning != null && op.known()) {
            // an unknown transformation is among the reader's warnings already
            warnings.add(0, datumWarning);
        }
        for (String w : warnings) {
            b.append(sep).append("\n    ").append(quote(w));
            sep = ",";
        }
        b.append(warnings.isEmpty() ? "]" : "\n  ]");
        return b.append("\n}").toString();
    }

    /** JSON has no NaN or infinity; those become null. */
    static String number(double v) {
        return Double.isFinite(v)
                ? String.format(Locale.ROOT, "%.9f", v).replaceAll("0+$", "").replaceAll("\\.$", ".0")
                : "null";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
