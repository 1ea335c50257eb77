package org.standoff.render;

/** A point symbol: a shape of a given diameter, filled and outlined. */
public record SymbolStyle(Shape shape, double size, Rgba fill, Rgba outline, double outlineWidth) {

    /** Symbol shapes. */
    public enum Shape {
        CIRCLE,
        SQUARE,
        TRIANGLE,
        DIAMOND
    }
}
