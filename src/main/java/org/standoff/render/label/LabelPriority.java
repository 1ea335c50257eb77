package org.standoff.render.label;

/**
 * Who wins a contested place on the map, highest first: flagged sites are what the map is for,
 * installations are what they are measured from, zones say the rule, other sites and the
 * basemap's place names fill what space is left.
 */
public enum LabelPriority {
    /** A site the rules flag: labelled, or numbered after its findings row. */
    FLAGGED_SITE,
    /** A military installation's name. */
    INSTALLATION,
    /** A zone's name and radius on the first part of each band. */
    ZONE,
    /** A zone band's radius on its further parts. */
    ZONE_PART,
    /** A site no rule flags. */
    SITE,
    /** A state or country name of the basemap. */
    BASEMAP,
    /** A town of the basemap, on a page: what room is left after everything else. */
    TOWN
}
