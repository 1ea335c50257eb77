package org.standoff.render;

/**
 * The outline of each symbol shape as a closed polygon, centred on (0, 0), for a symbol of
 * diameter {@code size}. Shared by every surface so a circle on screen is a circle in print.
 */
public final class SymbolShapes {

    private static final int CIRCLE_SEGMENTS = 24;

    private SymbolShapes() {}

    /** The vertices x0, y0, x1, y1, … of the symbol's outline (not repeated at the end). */
    public static double[] outline(SymbolStyle.Shape shape, double size) {
        double r = size / 2;
        return switch (shape) {
            case SQUARE -> new double[] {-r, -r, r, -r, r, r, -r, r};
            case DIAMOND -> new double[] {0, -r * 1.2, r * 1.2, 0, 0, r * 1.2, -r * 1.2, 0};
            case TRIANGLE -> new double[] {0, -r * 1.2, r * 1.1, r * 0.8, -r * 1.1, r * 0.8};
            case CIRCLE -> {
                // A small circle needs few sides to look round; fewer sides also keep PDFs of
                // 70,000 symbols small.
                int segments = size < 6 ? 8 : size < 12 ? 12 : CIRCLE_SEGMENTS;
                double[] xy = new double[segments * 2];
                for (int i = 0; i < segments; i++) {
                    double a = 2 * Math.PI * i / segments;
                    xy[2 * i] = r * Math.cos(a);
                    xy[2 * i + 1] = r * Math.sin(a);
                }
                yield xy;
            }
        };
    }
}
