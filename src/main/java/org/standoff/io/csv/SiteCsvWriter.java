package org.standoff.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteText;

/**
 * Exports mining sites to CSV through {@link CsvOutput} (UTF-8 without a byte-order mark, RFC
 * 4180 quoting, CRLF line ends, the spreadsheet formula guard), one header line using {@link SiteField#exportName()} ({@code capacity_mw},
 * {@code latitude_deg}, ...). Numbers are written so they read back exactly; values kept as
 * written for review are written as they are; timestamps are ISO 8601 UTC. What it writes
 * imports back through {@link SiteImporter} to the same sites (the importer undoes the formula
 * guard). Stateless.
 */
public final class SiteCsvWriter {

    /** Export columns, in order: every field but the combined location. */
    static final List<SiteField> COLUMNS = columns();

    private SiteCsvWriter() {}

    /** Writes {@code sites} to {@code file}, replacing it only once the whole text is written. */
    public static void write(List<MiningSite> sites, Path file) throws CsvException {
        TextFiles.writeUtf8(file, w -> write(sites, w));
    }

    /** Writes {@code sites} as CSV text to {@code w}. */
    public static void write(List<MiningSite> sites, Writer w) throws IOException {
        CsvOutput out = new CsvOutput(w);
        List<String> header = new ArrayList<>();
        for (SiteField f : COLUMNS) {
            header.add(f.exportName());
        }
        out.row(header);
        for (MiningSite s : sites) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            for (SiteField f : COLUMNS) {
                cells.add(value(s, f));
            }
            out.row(cells);
        }
        out.flush();
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
