package org.standoff.io.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteProblem;
import org.standoff.model.SiteValidator;

/**
 * Plans the import of mining sites from a {@link SourceTable} (a CSV file or an SQLite /
 * GeoPackage table) through a {@link ColumnMapping}.
 *
 * <p><b>Rules.</b> A row is rejected only when it has no usable location: coordinates
 * missing, unreadable or out of range (an obviously swapped latitude/longitude is rejected
 * with that said, not swapped). Every other doubtful value is kept as written and flagged
 * with the {@link SiteValidator}'s reason, plus import-specific ones (extra or missing values,
 * a non-numeric id, an unreadable timestamp). A row duplicates a site when it has the id of an
 * existing or earlier-imported site, or the same name (ignoring case and spacing) within
 * {@link #DUPLICATE_DISTANCE_M} metres, measured geodesically; the {@link DuplicatePolicy}
 * decides what happens and every duplicate is reported.
 *
 * <p><b>Does not</b> write anything: the result is an {@link ImportPlan} the caller commits
 * in one transaction, so nothing is ever partly imported. Stateless and thread-safe; the
 * existing sites passed in are only read.
 */
public final class SiteImporter {

    /** Same-name sites closer than this are taken to be one site. */
    public static final double DUPLICATE_DISTANCE_M = 100;

    private SiteImporter() {}

    /**
     * Works out what importing {@code source} would do.
     *
     * @param existing the sites already stored (for duplicate detection), e.g. {@code store.all()}
     */
    public static ImportPlan plan(
            SourceTable source, ColumnMapping mapping, Collection<MiningSite> existing, DuplicatePolicy policy) {
        Planner planner = new Planner(source.name(), source.lineLabel(), mapping, existing, policy);
        for (SourceTable.Row row : source.rows()) {
            planner.add(row);
        }
        return planner.plan();
    }

    /**
     * Plans an import row by row, for a source too large to hold ({@link CsvStream}): the rows
     * are not kept, only what the plan reports (the sites to insert, and each rejected row).
     * {@link #plan(SourceTable, ColumnMapping, Collection, DuplicatePolicy)} is this over a
     * table's rows. Not thread-safe; one per import.
     */
    public static final class Planner {
        private final String name;
        private final String lineLabel;
        private final ColumnMapping mapping;
        private final DuplicatePolicy policy;
        private final RowReader reader;
        private final DuplicateIndex index = new DuplicateIndex(DUPLICATE_DISTANCE_M);
        private final List<DuplicateIndex.Entry> planned = new ArrayList<>();
        private final Map<DuplicateIndex.Entry, List<SiteProblem>> importFlags = new LinkedHashMap<>();
        private final Map<DuplicateIndex.Entry, MiningSite> mergedBefore = new LinkedHashMap<>();
        private final Map<DuplicateIndex.Entry, List<Long>> mergedLines = new LinkedHashMap<>();
        private final List<ImportPlan.RejectedRow> rejected = new ArrayList<>();
        private final List<ImportPlan.DuplicateRow> duplicates = new ArrayList<>();
        private int rows;

        /**
         * @param name what to call the source in reports
         * @param lineLabel what a row's number is ("line" or "row")
         * @param existing the sites already stored (for duplicate detection)
         */
        public Planner(
                String name,
                String lineLabel,
                ColumnMapping mapping,
                Collection<MiningSite> existing,
                DuplicatePolicy policy) {
            this.name = name;
            this.lineLabel = lineLabel;
            this.mapping = mapping;
            this.policy = policy;
            this.reader = new RowReader(mapping);
            for (MiningSite s : existing) {
                index.add(new DuplicateIndex.Entry(s, 0, true));
            }
        }

        /** Plans one more row. */
        public void add(SourceTable.Row row) {
            rows++;
            RowReader.Outcome o = reader.read(row);
            if (o.rejection() != null) {
                rejected.add(new ImportPlan.RejectedRow(row.line(), o.rejection(), row.cells()));
                return;
            }
            MiningSite site = o.site();
            List<SiteProblem> flags = new ArrayList<>(o.flags());
            DuplicateIndex.Match m = index.find(site);
            if (m != null) {
                DuplicateIndex.Entry e = m.entry();
                duplicates.add(new ImportPlan.DuplicateRow(
                        row.line(),
                        site,
                        e.site,
                        e.existing ? 0 : e.line,
                        m.reason(),
                        m.distanceMetres(),
                        policy,
                        e.site.conflictingFields(site)));
                if (policy == DuplicatePolicy.SKIP) {
                    return;
                }
                if (policy == DuplicatePolicy.MERGE) {
                    if (e.existing) {
                        mergedBefore.putIfAbsent(e, e.site);
                        mergedLines.computeIfAbsent(e, k -> new ArrayList<>()).add(row.line());
                    }
                    index.update(e, e.site.fillBlanksFrom(site));
                    return;
                }
                String where = e.existing ? "existing site " + e.site.id() : lineLabel + " " + e.line;
                if (m.reason() == ImportPlan.DuplicateReason.SAME_ID) {
                    flags.add(SiteProblem.review(
                            "id", "Id " + site.id() + " is already used by " + where + "; this site gets a new id."));
                    site = site.withId(0);
                } else {
                    flags.add(SiteProblem.review(
                            "name",
                            "Possible duplicate of " + where + " (\"" + e.site.name() + "\", "
                                    + Math.round(m.distanceMetres()) + " m away); kept as a separate site."));
                }
            }
            DuplicateIndex.Entry entry = new DuplicateIndex.Entry(site, row.line(), false);
            index.add(entry);
            planned.add(entry);
            importFlags.put(entry, flags);
        }

        /** The plan for the rows added so far. */
        public ImportPlan plan() {
            List<ImportPlan.PlannedSite> toInsert = new ArrayList<>(planned.size());
            for (DuplicateIndex.Entry e : planned) {
                List<SiteProblem> flags = new ArrayList<>(importFlags.get(e));
                for (SiteProblem p : SiteValidator.validate(e.site)) {
                    if (!flags.contains(p)) {
                        flags.add(p);
                    }
                }
                toInsert.add(new ImportPlan.PlannedSite(e.line, e.site, flags));
            }
            List<ImportPlan.Merge> merges = new ArrayList<>();
            for (Map.Entry<DuplicateIndex.Entry, MiningSite> me : mergedBefore.entrySet()) {
                MiningSite after = me.getKey().site;
                if (!after.equals(me.getValue())) {
                    merges.add(new ImportPlan.Merge(mergedLines.get(me.getKey()), me.getValue(), after));
                }
            }
            return new ImportPlan(
                    name, lineLabel, policy, rows, toInsert, merges, rejected, duplicates, mapping.unmappedColumns());
        }
    }
}
