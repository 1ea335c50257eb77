package org.standoff.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteText;

/**
 * Exports mining sites as a GeoJSON FeatureCollection (RFC 7946): UTF-8, one Point feature per
 * site with {@code [longitude, latitude]} in WGS84, no "crs" member, the site id as the
 * feature id and every other field as a property named as in the CSV export. A property is
 * JSON null when the field is empty. {@code capacity_mw} is a number and
 * {@code foreign_controlled} a boolean when understood; a value kept as written for review is
 * exported as that string, so nothing is lost but consumers must accept either type. Written
 * by hand (the format is small) so no JSON library is needed. Stateless.
 */
public final class SiteGeoJsonWriter {

    private SiteGeoJsonWriter() {}

    /** Writes {@code sites} to {@code file}, replacing it only once the whole text is written. */
    public static void write(List<MiningSite> sites, Path file) throws CsvException {
        TextFiles.writeUtf8(file, w -> write(sites, w));
    }

    /** Writes {@code sites} as GeoJSON text to {@code w}. */
    public static void write(List<MiningSite> sites, Writer w) throws IOException {
        w.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (MiningSite s : sites) {
            w.write(first ? "\n" : ",\n");
            first = false;
            w.write("{\"type\":\"Feature\"");
            if (s.id() > 0) {
                w.write(",\"id\":" + s.id());
            }
            w.write(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + SiteText.number(s.lon()) + ","
                    + SiteText.number(s.lat()) + "]},\"properties\":{");
            w.write("\"name\":" + str(s.name()));
            w.write(",\"operator\":" + str(s.operator()));
            w.write(",\"owner\":" + str(s.owner()));
            w.write(",\"owner_country\":" + str(s.ownerCountry()));
            w.write(",\"foreign_controlled\":" + typed(s.foreignControlled(), Object::toString));
            w.write(",\"capacity_mw\":" + typed(s.capacityMw(), SiteText::number));
            w.write(",\"status\":" + str(emptyToNull(SiteText.status(s.status()))));
            w.write(",\"address\":" + str(s.address()));
            w.write(",\"source\":" + str(s.source()));
            w.write(",\"confidence\":" + str(emptyToNull(SiteText.confidence(s.confidence()))));
            w.write(",\"notes\":" + str(s.notes()));
            w.write(",\"created_at\":"
                    + str(s.created() == null ? null : s.created().toString()));
            w.write(",\"updated_at\":"
                    + str(s.updated() == null ? null : s.updated().toString()));
            w.write("}}");
        }
        w.write("\n]}\n");
    }

    /** A JSON literal for a known value (formatted by {@code literal}), a string for raw text, or null. */
    private static <T> String typed(Parsed<T> p, java.util.function.Function<T, String> literal) {
        if (p.isKnown()) {
            return literal.apply(p.value());
        }
        return str(p.text());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** A JSON string literal, or null. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2);
        org.standoff.io.Json.quote(b, s);
        return b.toString();
    }
}
