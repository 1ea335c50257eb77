package org.standoff.geo.buffer;

/**
 * Thrown by {@link GeodesicBuffer} for a buffer it refuses to draw rather than draw wrong: one
 * that would contain a pole, where longitude/latitude polygons cannot represent it. The message
 * is written for the user: the radius, the feature's nearest approach to the pole, and why.
 *
 * <p>Unchecked, like the other argument errors of this package; callers that take radii from
 * users (zone drawing, the {@code buffer} command) catch it and show the message.
 */
public final class BufferLimitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    BufferLimitException(String message) {
        super(message);
    }
}
