package org.standoff.ui.sites;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.standoff.io.AtomicFiles;
import org.standoff.io.csv.CsvOutput;
import org.standoff.io.csv.ImportPlan;
import org.standoff.io.csv.SiteImporter;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteProblem;

/**
 * The dry-run report of an import, one entry per row that needs a person's attention: rows
 * rejected (with why), sites flagged for review (with the reasons) and duplicates (with which
 * site they duplicate and what the policy does). Shown in the wizard's last step and savable
 * as CSV so an analyst can work through it outside Standoff. Immutable.
 *
 * @param source the file or table imported
 * @param lineLabel "line" (CSV) or "row" (table)
 * @param summary the plan's one-sentence summary
 * @param entries the rows worth a look, in the order rejected, flagged, duplicates
 */
public record ImportReport(String source, String lineLabel, String summary, List<Entry> entries) {

    /** What happened to a row. */
    public enum Kind {
        REJECTED("rejected"),
        REVIEW("to review"),
        DUPLICATE("duplicate");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the report names it. */
        public String label() {
            return label;
        }
    }

    /**
     * One row of the report.
     *
     * @param kind rejected, flagged for review, or duplicate
     * @param line the source line (CSV) or row (table)
     * @param site the site's name as read, or "" when unknown
     * @param detail the reason(s), in plain words
     */
    public record Entry(Kind kind, long line, String site, String detail) {}

    public ImportReport {
        entries = List.copyOf(entries);
    }

    /** The report of a plan. */
    public static ImportReport of(ImportPlan plan) {
        List<Entry> out = new ArrayList<>();
        for (ImportPlan.RejectedRow r : plan.rejected()) {
            out.add(new Entry(Kind.REJECTED, r.line(), "", r.reason()));
        }
        for (ImportPlan.PlannedSite p : plan.flagged()) {
            out.add(new Entry(
                    Kind.REVIEW,
                    p.line(),
                    name(p.site()),
                    p.flags().stream().map(SiteProblem::message).collect(Collectors.joining(" "))));
        }
        for (ImportPlan.DuplicateRow d : plan.duplicates()) {
            out.add(new Entry(Kind.DUPLICATE, d.line(), name(d.incoming()), duplicateDetail(d, plan.lineLabel())));
        }
        return new ImportReport(plan.source(), plan.lineLabel(), plan.summary(), out);
    }

    /** The entries of one kind. */
    public List<Entry> entries(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * Writes the report as UTF-8 CSV, through the one CSV writer (RFC 4180 quoting, formula
     * guard) and the one atomic file replacement. Touches a file: never on the JavaFX thread.
     */
    public void write(Path file) throws IOException {
        AtomicFiles.writeUtf8(file, w -> {
            CsvOutput csv = new CsvOutput(w);
            csv.row("kind", lineLabel, "site", "detail");
            for (Entry e : entries) {
                csv.row(e.kind().label(), Long.toString(e.line()), e.site(), e.detail());
            }
            csv.flush();
        });
    }

    private static String duplicateDetail(ImportPlan.DuplicateRow d, String lineLabel) {
        String match = d.matchLine() > 0
                ? lineLabel + " " + d.matchLine() + " of this import"
                : "existing site #" + d.match().id()
                        + (d.match().name() == null ? "" : " \u201c" + d.match().name() + "\u201d");
        String why = switch (d.reason()) {
            case SAME_ID -> "same id";
            case SAME_NAME_NEARBY ->
                "same name, " + Math.round(d.distanceMetres()) + " m apart (within "
                        + Math.round(SiteImporter.DUPLICATE_DISTANCE_M) + " m)";
        };
        String action = switch (d.action()) {
            case SKIP -> "skipped";
            case MERGE ->
                "blank fields of the existing site filled in"
                        + (d.conflictingFields().isEmpty()
                                ? ""
                                : "; differing values kept: " + String.join(", ", d.conflictingFields()));
            case KEEP_BOTH -> "imported as a separate site";
        };
        return "Duplicates " + match + " (" + why + "): " + action + ".";
    }

    private static String name(MiningSite s) {
        return s.name() == null ? "" : s.name();
    }
}
