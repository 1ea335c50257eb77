package org.standoff.render;

/**
 * A colour with alpha, components 0–255, independent of any toolkit so that styles can be
 * shared by the screen, PNG and PDF surfaces.
 */
public record Rgba(int red, int green, int blue, int alpha) {

    public Rgba {
        check(red, "red");
        check(green, "green");
        check(blue, "blue");
        check(alpha, "alpha");
    }

    /** An opaque colour from a hex string such as {@code "#aad3df"}. */
    public static Rgba hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("colour must be #rrggbb or #rrggbbaa: " + hex);
        }
        int v = (int) Long.parseLong(h, 16);
        if (h.length() == 6) {
            return new Rgba((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 255);
        }
        return new Rgba((v >>> 24) & 0xFF, (v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /** This colour with a different opacity, 0 (transparent) to 1 (opaque). */
    public Rgba withOpacity(double opacity) {
        return new Rgba(red, green, blue, (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255));
    }

    /** Packed non-premultiplied ARGB, as {@code BufferedImage.TYPE_INT_ARGB} stores it. */
    public int argb() {
        return (alpha << 24) | (red << 16) | (green << 8) | blue;
    }

    /** The opacity 0–1. */
    public double opacity() {
        return alpha / 255.0;
    }

    private static void check(int v, String name) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException(name + " out of 0..255: " + v);
        }
    }
}
