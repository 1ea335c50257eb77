package org.standoff.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteProblem;

/**
 * What an import would do, worked out before anything is written: the sites to add (each with
 * its review flags), the existing sites to fill in (policy MERGE), the rejected rows and the
 * duplicates found. Commit it with {@code SiteStore.applyChanges(sites(), merged sites)}, which writes everything in one
 * transaction, or drop it: nothing has been changed until then.
 *
 * <p>Immutable. "Line" numbers are physical lines of a CSV file (header = line 1) or rowids of
 * a table, as {@link #lineLabel()} says.
 *
 * @param source the file or table name
 * @param lineLabel "line" or "row"
 * @param policy the duplicate policy applied
 * @param rowsRead how many data rows were read
 * @param toInsert the sites to add, in source order
 * @param merges existing sites to update with blanks filled in
 * @param rejected rows with no usable location
 * @param duplicates every duplicate found, with what was done about it
 * @param unmappedColumns source columns whose values are not imported
 */
public record ImportPlan(
        String source,
        String lineLabel,
        DuplicatePolicy policy,
        int rowsRead,
        List<PlannedSite> toInsert,
        List<Merge> merges,
        List<RejectedRow> rejected,
        List<DuplicateRow> duplicates,
        List<String> unmappedColumns) {

    public ImportPlan {
        Objects.requireNonNull(source, "source");
        toInsert = List.copyOf(toInsert);
        merges = List.copyOf(merges);
        rejected = List.copyOf(rejected);
        duplicates = List.copyOf(duplicates);
        unmappedColumns = List.copyOf(unmappedColumns);
    }

    /**
     * A site to add.
     *
     * @param line where it came from (the first row, if later rows were merged into it)
     * @param site the site; id 0 unless the source gave a free id
     * @param flags what a person should review, with plain-language reasons
     */
    public record PlannedSite(long line, MiningSite site, List<SiteProblem> flags) {
        public PlannedSite {
            flags = List.copyOf(flags);
        }
    }

    /**
     * An existing site filled in from duplicate rows.
     *
     * @param lines the rows merged into it
     * @param before the site as stored now (keep it to undo)
     * @param after the site to store
     */
    public record Merge(List<Long> lines, MiningSite before, MiningSite after) {
        public Merge {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A row left out because it has no usable location.
     *
     * @param line its line (or row)
     * @param reason why, in plain language
     * @param cells its values as read
     */
    public record RejectedRow(long line, String reason, List<String> cells) {
        public RejectedRow {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** Why two sites are taken to be the same. */
    public enum DuplicateReason {
        /** The row's id is that of an existing or earlier-imported site. */
        SAME_ID,
        /** Same name, ignoring case and spacing, within {@link SiteImporter#DUPLICATE_DISTANCE_M} metres. */
        SAME_NAME_NEARBY
    }

    /**
     * A row that duplicates another site.
     *
     * @param line the duplicate row
     * @param incoming the site read from it
     * @param match the site it duplicates
     * @param matchLine the line of the matched row if it was earlier in this import, else 0 (an existing site)
     * @param reason why they are taken to be the same
     * @param distanceMetres geodesic distance between the two
     * @param action what was done (the policy)
     * @param conflictingFields fields set in both to different values (a merge keeps the existing ones)
     */
    public record DuplicateRow(
            long line,
            MiningSite incoming,
            MiningSite match,
            long matchLine,
            DuplicateReason reason,
            double distanceMetres,
            DuplicatePolicy action,
            List<String> conflictingFields) {
        public DuplicateRow {
            conflictingFields = List.copyOf(conflictingFields);
        }
    }

    /**
     * What a commit did, for undo: delete {@code insertedIds}, then put back each merge's
     * {@code before}.
     */

    /** The sites to add. */
    public List<MiningSite> sites() {
        return toInsert.stream().map(PlannedSite::site).toList();
    }

    /** The sites to add that have something to review. */
    public List<PlannedSite> flagged() {
        return toInsert.stream().filter(p -> !p.flags().isEmpty()).toList();
    }

    /** One sentence for the user, e.g. "12 lines read: 9 sites to add (2 to review), 1 rejected, 2 duplicates skipped". */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(rowsRead)
                .append(' ')
                .append(lineLabel)
                .append(rowsRead == 1 ? "" : "s")
                .append(" read: ")
                .append(toInsert.size())
                .append(toInsert.size() == 1 ? " site" : " sites")
                .append(" to add");
        int flaggedCount = flagged().size();
        if (flaggedCount > 0) {
            b.append(" (").append(flaggedCount).append(" to review)");
        }
        b.append(", ").append(rejected.size()).append(" rejected");
        if (!duplicates.isEmpty()) {
            String done = switch (policy) {
                case SKIP -> "skipped";
                case MERGE -> "merged";
                case KEEP_BOTH -> "kept as separate sites";
            };
            b.append(", ")
                    .append(duplicates.size())
                    .append(duplicates.size() == 1 ? " duplicate " : " duplicates ")
                    .append(done);
        }
        return b.toString();
    }
}
