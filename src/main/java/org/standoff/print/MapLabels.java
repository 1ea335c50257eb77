package org.standoff.print;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.standoff.render.Rgba;
import org.standoff.render.SitePainter;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;
import org.standoff.render.label.Candidates;
import org.standoff.render.label.LabelEngine;
import org.standoff.render.label.LabelPriority;
import org.standoff.render.label.LabelRequest;
import org.standoff.render.label.PlacedLabel;

/**
 * Turns a briefing's {@link MapLabel}s into label requests for the frame's engine: site symbols
 * become obstacles (flagged ones hard, so nothing ever covers them; the rest soft, so names keep
 * clear of them), flagged sites ask for their name then for their row number (with a leader
 * line further out if need be), installations for their name in or around their outline, other
 * sites for their name where the map is not crowded. Stateless.
 */
final class MapLabels {

    static final TextStyle SITE =
            new TextStyle(PrintStyles.MAP_LABEL_SIZE, true, PrintStyles.INK, Rgba.hex("#ffffff"), 1.6);
    static final TextStyle NUMBER = new TextStyle(7, true, PrintStyles.INK, Rgba.hex("#ffffff"), 1.6);
    static final TextStyle INSTALLATION = new TextStyle(7.5, false, Rgba.hex("#3d2a5c"), Rgba.hex("#ffffff"), 1.4);
    /** A name no wider than this share of the frame (and 140 pt) is shortened with an ellipsis. */
    private static final double MAX_NAME_SHARE = 1 / 3.0;
    /** A row number may go this many rings out from its site, each this much further, with a leader line. */
    private static final int LEADER_RINGS = 6;

    private static final double LEADER_STEP = 9;

    private MapLabels() {}

    /** One map panel labels go on: the main frame or an inset, its engine, and areas of it hidden under insets. */
    record Panel(LabelEngine engine, Surface surface, Viewport view, List<Rect> hidden) {
        boolean shows(MapLabel l) {
            double x = view.x(l.lon());
            double y = view.y(l.lat());
            if (!(x >= 0 && y >= 0 && x <= surface.width() && y <= surface.height())) {
                return false;
            }
            for (Rect r : hidden) {
                if (x >= r.x() && x <= r.right() && y >= r.y() && y <= r.bottom()) {
                    return false;
                }
            }
            return true;
        }
    }

    static void queue(LabelEngine engine, Surface s, Viewport v, List<MapLabel> labels) {
        queue(new Panel(engine, s, v, List.of()), labels);
    }

    /** Queues the panel's labels: those whose anchor the panel shows. */
    static void queue(Panel panel, List<MapLabel> all) {
        LabelEngine engine = panel.engine();
        Surface s = panel.surface();
        Viewport v = panel.view();
        List<MapLabel> labels = all.stream().filter(panel::shows).toList();
        double radius = SitePainter.symbolSize(v) / 2 + 1;
        // A third of a main frame, most of an inset's width, never past 140 pt.
        double maxWidth = Math.min(140, Math.max(s.width() * MAX_NAME_SHARE, s.width() - 12));
        for (MapLabel l : labels) {
            if (l.role() == MapLabel.Role.INSTALLATION || !inFrame(s, v, l)) {
                continue;
            }
            double x = v.x(l.lon());
            double y = v.y(l.lat());
            if (l.role() == MapLabel.Role.FLAGGED_SITE) {
                engine.reserve(new double[] {x - radius, y - radius, x + radius, y + radius});
            } else {
                engine.symbol(x, y, radius);
            }
        }
        Set<MapLabel> grouped = new HashSet<>();
        for (Cluster c : clusters(s, v, labels, radius)) {
            if (c.members().size() > 1) {
                // Sites drawn on one another at this scale: one mark for them all, their rows listed.
                grouped.addAll(c.members());
                engine.add(new LabelRequest(
                        LabelPriority.FLAGGED_SITE,
                        List.of(new LabelRequest.Option(
                                rows(c.rows()),
                                NUMBER,
                                Candidates.aroundWithLeaders(c.x(), c.y(), radius + 1, LEADER_STEP, LEADER_RINGS),
                                true)),
                        c));
            }
        }
        for (MapLabel l : labels) {
            if (!inFrame(s, v, l) || grouped.contains(l)) {
                continue;
            }
            double x = v.x(l.lon());
            double y = v.y(l.lat());
            String name = TextFit.fit(
                    l.text(), l.role() == MapLabel.Role.INSTALLATION ? INSTALLATION : SITE, maxWidth, s::textWidth);
            switch (l.role()) {
                case FLAGGED_SITE -> {
                    List<LabelRequest.Option> options = new ArrayList<>(2);
                    if (!name.isEmpty()) {
                        options.add(new LabelRequest.Option(name, SITE, Candidates.around(x, y, radius + 1.5), false));
                    }
                    if (l.row() > 0) {
                        options.add(new LabelRequest.Option(
                                Integer.toString(l.row()),
                                NUMBER,
                                Candidates.aroundWithLeaders(x, y, radius + 1, LEADER_STEP, LEADER_RINGS),
                                true));
                    }
                    if (!options.isEmpty()) {
                        engine.add(new LabelRequest(LabelPriority.FLAGGED_SITE, options, l));
                    }
                }
                case INSTALLATION -> {
                    if (!name.isEmpty()) {
                        double[] box = {
                            v.x(l.area().getMinX()),
                            v.y(l.area().getMaxY()),
                            v.x(l.area().getMaxX()),
                            v.y(l.area().getMinY())
                        };
                        engine.add(LabelRequest.of(
                                LabelPriority.INSTALLATION, name, INSTALLATION, Candidates.area(x, y, box, 2), l));
                    }
                }
                case SITE -> {
                    // A crowded neighbourhood has no room for a name; skip the measuring.
                    if (!name.isEmpty() && !engine.crowded(x, y, radius + 10, 4)) {
                        engine.add(LabelRequest.of(
                                LabelPriority.SITE, name, SITE, Candidates.around(x, y, radius + 1.5), l));
                    }
                }
            }
        }
    }

    /**
     * Flagged sites with a row whose symbols overlap at this scale, grouped greedily in row
     * order around the first of each group (within one symbol of it). Single sites are groups
     * of one.
     */
    private static List<Cluster> clusters(Surface s, Viewport v, List<MapLabel> labels, double radius) {
        List<Cluster> out = new ArrayList<>();
        java.util.Map<Long, List<Cluster>> grid = new java.util.HashMap<>();
        double cell = 2 * radius;
        for (MapLabel l : labels) {
            if (l.role() != MapLabel.Role.FLAGGED_SITE || l.row() == 0 || !inFrame(s, v, l)) {
                continue;
            }
            double x = v.x(l.lon());
            double y = v.y(l.lat());
            long cx = (long) Math.floor(x / cell);
            long cy = (long) Math.floor(y / cell);
            Cluster home = null;
            for (long i = cx - 1; i <= cx + 1 && home == null; i++) {
                for (long j = cy - 1; j <= cy + 1 && home == null; j++) {
                    for (Cluster c : grid.getOrDefault(i * 1_000_003L + j, List.of())) {
                        if (Math.abs(c.x() - x) <= cell && Math.abs(c.y() - y) <= cell) {
                            home = c;
                            break;
                        }
                    }
                }
            }
            if (home == null) {
                home = new Cluster(x, y, new ArrayList<>());
                out.add(home);
                grid.computeIfAbsent(cx * 1_000_003L + cy, k -> new ArrayList<>())
                        .add(home);
            }
            home.members().add(l);
        }
        return out;
    }

    /** Flagged sites marked as one on the map; identity matters (it keys the label request). */
    record Cluster(double x, double y, List<MapLabel> members) {
        TreeSet<Integer> rows() {
            TreeSet<Integer> r = new TreeSet<>();
            members.forEach(m -> r.add(m.row()));
            return r;
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * What the page's table holds, for the notice: whether a {@link MapGrid} gives every row's
     * square, how many rows the table lists and how many more it leaves out.
     */
    record Counts(boolean grid, int rows, int leftOut) {}

    /**
     * What the page must say about the map after a plan: sites shown in no panel; flagged
     * sites shown but neither named nor numbered (by their rows, or, with a grid, by how many
     * and where to find them); and the flagged sites beyond a cut table, drawn without a number.
     * Empty when the map shows everything.
     */
    static List<String> notices(List<Panel> panels, List<MapLabel> labels, Counts counts) {
        List<String> out = new ArrayList<>();
        List<Set<Object>> shown = new ArrayList<>();
        for (Panel p : panels) {
            Set<Object> keys = new HashSet<>();
            for (PlacedLabel placed : p.engine().place(p.surface()::textWidth)) {
                keys.add(placed.request().key());
                if (placed.request().key() instanceof Cluster c) {
                    keys.addAll(c.members());
                }
            }
            shown.add(keys);
        }
        int outside = 0;
        int outsideFlagged = 0;
        TreeSet<Integer> missing = new TreeSet<>();
        for (MapLabel l : labels) {
            if (l.role() == MapLabel.Role.INSTALLATION) {
                continue;
            }
            int panel = -1;
            for (int i = 0; i < panels.size() && panel < 0; i++) {
                panel = panels.get(i).shows(l) ? i : -1;
            }
            if (panel < 0) {
                outside++;
                outsideFlagged += l.role() == MapLabel.Role.FLAGGED_SITE ? 1 : 0;
            } else if (l.role() == MapLabel.Role.FLAGGED_SITE
                    && l.row() > 0
                    && !shown.get(panel).contains(l)) {
                missing.add(l.row());
            }
        }
        if (outside > 0) {
            out.add(String.format(
                    Locale.US,
                    "%,d site%s outside this map%s",
                    outside,
                    outside == 1 ? " lies" : "s lie",
                    outsideFlagged == 0 ? "" : String.format(Locale.US, " (%,d flagged)", outsideFlagged)));
        }
        if (!missing.isEmpty() && counts.grid()) {
            out.add(gridLine(missing.size(), counts.rows()));
        } else if (!missing.isEmpty()) {
            out.add(String.format(
                    Locale.US,
                    "%,d flagged site%s not marked for lack of room: rows %s",
                    missing.size(),
                    missing.size() == 1 ? "" : "s",
                    rows(missing)));
        }
        if (counts.leftOut() > 0) {
            out.add(String.format(
                    Locale.US,
                    "%,d more flagged site%s, farther than the table's %,d, %s drawn without a number: the findings CSV"
                            + " export lists all",
                    counts.leftOut(),
                    counts.leftOut() == 1 ? "" : "s",
                    counts.rows(),
                    counts.leftOut() == 1 ? "is" : "are"));
        }
        return out;
    }

    /** The notice's line for rows a gridded map could not number. */
    static String gridLine(int missing, int rows) {
        return String.format(
                Locale.US,
                "%,d of the table's %,d rows %s no room for a number here: the table's Map column gives each row's"
                        + " square",
                missing,
                rows,
                missing == 1 ? "has" : "have");
    }

    /** "3, 7–9, 12": row numbers with runs joined. */
    static String rows(TreeSet<Integer> rows) {
        StringBuilder b = new StringBuilder();
        Integer start = null;
        Integer prev = null;
        for (int r : rows) {
            if (prev != null && r == prev + 1) {
                prev = r;
                continue;
            }
            if (start != null) {
                b.append(b.isEmpty() ? "" : ", ").append(start.equals(prev) ? start.toString() : start + "–" + prev);
            }
            start = r;
            prev = r;
        }
        if (start != null) {
            b.append(b.isEmpty() ? "" : ", ").append(start.equals(prev) ? start.toString() : start + "–" + prev);
        }
        return b.toString();
    }

    static boolean inFrame(Surface s, Viewport v, MapLabel l) {
        double x = v.x(l.lon());
        double y = v.y(l.lat());
        return x >= 0 && y >= 0 && x <= s.width() && y <= s.height();
    }
}
