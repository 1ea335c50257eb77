package org.standoff.render.label;

import java.util.List;
import java.util.function.LongPredicate;
import org.standoff.model.MiningSite;
import org.standoff.render.Rgba;
import org.standoff.render.SitePainter;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;

/**
 * The screen's site names, planned with the same engine as the page: every site symbol in the
 * view is an obstacle (a flagged one hard, so nothing covers it; the rest soft, so names keep
 * clear of them), flagged sites ask for their name first, then other sites where the map is not
 * crowded. With more than {@value #MAX_OTHER_SYMBOLS} symbols in view only flagged sites are
 * named, which keeps a national view's plan within a frame or two of work. Stateless.
 */
public final class SiteLabels {

    /** Names on screen: bold, dark, with a white halo (pixels). */
    public static final TextStyle STYLE = new TextStyle(11, true, Rgba.hex("#1b1f24"), Rgba.hex("#ffffff"), 2);
    /** Names keep this far from the view's edge, pixels. */
    static final double EDGE = 2;
    /** Above this many symbols in view, sites no rule flags are not named. */
    static final int MAX_OTHER_SYMBOLS = 5_000;
    /** A name longer than this is not shown whole on screen; the identify panel has it. */
    private static final int MAX_CHARS = 40;

    private SiteLabels() {}

    /**
     * An engine holding the sites' obstacles and name requests for the view, not yet placed:
     * {@link LabelEngine#draw} places and draws them. The key of each request is its site.
     */
    public static LabelEngine plan(Viewport v, List<MiningSite> sites, LongPredicate flagged) {
        return plan(v, sites, flagged, id -> true, true);
    }

    /**
     * As {@link #plan(Viewport, List, LongPredicate)}, naming only the flagged sites that
     * {@code named} accepts (the others stay obstacles nothing covers), and other sites only
     * when {@code others}: the screen's budget, so a whole-country view is not a wall of names.
     */
    public static LabelEngine plan(
            Viewport v, List<MiningSite> sites, LongPredicate flagged, LongPredicate named, boolean others) {
        LabelEngine engine = new LabelEngine(v.width(), v.height(), EDGE);
        queue(engine, v, sites, flagged, named, others);
        return engine;
    }

    /**
     * Adds the sites' obstacles and name requests to an engine that may already hold other
     * labels (a frame's zone and measurement labels), so all are placed together by priority.
     */
    public static void queue(LabelEngine engine, Viewport v, List<MiningSite> sites, LongPredicate flagged) {
        queue(engine, v, sites, flagged, id -> true, true);
    }

    private static void queue(
            LabelEngine engine,
            Viewport v,
            List<MiningSite> sites,
            LongPredicate flagged,
            LongPredicate named,
            boolean allowOthers) {
        double radius = SitePainter.symbolSize(v) / 2 + 1;
        int inView = 0;
        for (MiningSite s : sites) {
            double x = v.x(s.lon());
            double y = v.y(s.lat());
            if (x < -radius || y < -radius || x > v.width() + radius || y > v.height() + radius) {
                continue;
            }
            inView++;
            if (flagged.test(s.id())) {
                engine.reserve(new double[] {x - radius, y - radius, x + radius, y + radius});
            } else {
                engine.symbol(x, y, radius);
            }
        }
        boolean others = allowOthers && inView <= MAX_OTHER_SYMBOLS;
        for (MiningSite s : sites) {
            double x = v.x(s.lon());
            double y = v.y(s.lat());
            if (x < 0
                    || y < 0
                    || x > v.width()
                    || y > v.height()
                    || s.name() == null
                    || s.name().isBlank()) {
                continue;
            }
            String name = s.name().length() > MAX_CHARS
                    ? s.name().substring(0, MAX_CHARS - 1).strip() + "…"
                    : s.name();
            if (flagged.test(s.id())) {
                if (!named.test(s.id())) {
                    continue;
                }
                engine.add(LabelRequest.of(
                        LabelPriority.FLAGGED_SITE, name, STYLE, Candidates.around(x, y, radius + 1.5), s));
            } else if (others && !engine.crowded(x, y, radius + 12, 4)) {
                engine.add(LabelRequest.of(LabelPriority.SITE, name, STYLE, Candidates.around(x, y, radius + 1.5), s));
            }
        }
    }
}
