/**
 * Drawing: styles, the {@link org.standoff.render.Surface} abstraction that the screen, PNG and
 * PDF implement, the viewport snapshot a render works from, and map tiles. Free of JavaFX.
 */
package org.standoff.render;
