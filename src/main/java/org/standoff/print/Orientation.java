package org.standoff.print;

/** Page orientation: portrait (taller than wide) or landscape. */
public enum Orientation {
    PORTRAIT,
    LANDSCAPE
}
