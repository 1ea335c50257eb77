package org.standoff.print;

/** What a {@link LayoutElement} shows. Each kind is drawn from {@link BriefingContent}. */
public enum ElementKind {
    /** The briefing title. */
    TITLE,
    /** The line under the title. */
    SUBTITLE,
    /** The classification / handling banner at the top of every page. */
    MARKING_TOP,
    /** The same banner at the bottom of every page. */
    MARKING_BOTTOM,
    /** The map frame. */
    MAP,
    /** How many sites per rule and ring, and the closest ones: the page's answer in numbers. */
    SUMMARY,
    /** Legend built from the content's legend entries. */
    LEGEND,
    /** Geodesic scale bar, true at the map frame's centre latitude. */
    SCALE_BAR,
    /** North arrow. */
    NORTH_ARROW,
    /** A small US map with a box where the map frame is. */
    LOCATOR,
    /** Date, author and data sources with citations. */
    CREDITS,
    /** The findings table, continued on further pages when long. */
    FINDINGS_TABLE
}
