package org.standoff.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteText;

/**
 * Exports mining sites to CSV: UTF-8 without a byte-order mark, CRLF line ends and quoting as
 * in RFC 4180 (a field is quoted when it holds the delimiter, a quote, CR or LF, or starts or
 * ends with a space), one header line using {@link SiteField#exportName()} ({@code capacity_mw},
 * {@code latitude_deg}, ...). Numbers are written so they read back exactly; values kept as
 * written for review are written as they are; timestamps are ISO 8601 UTC. What it writes
 * imports back through {@link SiteImporter} to the same sites. Does not guard against
 * spreadsheet formula injection (a value starting with "=" is written as is). Stateless.
 */
public final class SiteCsvWriter {

    /** Export columns, in order: every field but the combined location. */
    static final List<SiteField> COLUMNS = columns();

    private SiteCsvWriter() {
    }

    /** Writes {@code sites} to {@code file}, replacing it only once the whole text is written. */
    public static void write(List<MiningSite> sites, Path file) throws CsvException {
        AtomicFiles.writeUtf8(file, w -> write(sites, w));
    }

    /** Writes {@code sites} as CSV text to {@code w}. */
    public static void write(List<MiningSite> sites, Writer w) throws IOException {
        List<String> header = new ArrayList<>();
        for (SiteField f : COLUMNS) {
            header.add(f.exportName());
        }
        line(w, header);
        for (MiningSite s : sites) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            for (SiteField f : COLUMNS) {
                cells.add(value(s, f));
            }
            line(w, cells);
        }
    }

    static String value(MiningSite s, SiteField f) {
        return switch (f) {
            case ID -> s.id() > 0 ? Long.toString(s.id()) : "";
            case NAME -> s.name();
            case OPERATOR -> s.operator();
            case OWNER -> s.owner();
            case OWNER_COUNTRY -> s.ownerCountry();
            case FOREIGN_CONTROLLED -> SiteText.yesNo(s.foreignControlled());
            case CAPACITY_MW -> SiteText.capacity(s.capacityMw());
            case STATUS -> SiteText.status(s.status());
            case LATITUDE -> SiteText.number(s.lat());
            case LONGITUDE -> SiteText.number(s.lon());
            case LOCATION -> null;
            case ADDRESS -> s.address();
            case SOURCE -> s.source();
            case CONFIDENCE -> SiteText.confidence(s.confidence());
            case NOTES -> s.notes();
            case CREATED_AT -> s.created() == null ? null : s.created().toString();
            case UPDATED_AT -> s.updated() == null ? null : s.updated().toString();
        };
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String v) {
        if (v == null) {
            return "";
        }
        boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static List<SiteField> columns() {
        List<SiteField> out = new ArrayList<>();
        for (SiteField f : SiteField.values()) {
            if (f != SiteField.LOCATION) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }
}
