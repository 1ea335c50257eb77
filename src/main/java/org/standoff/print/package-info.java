/**
 * Briefing maps for print and export: page layouts, the content of a briefing, the renderer
 * that lays it out through {@link org.standoff.render.Surface} (so PDF pages and PNG images come
 * from the same code) and the PDF, PNG and atlas exports. Free of JavaFX and of the UI.
 */
package org.standoff.print;
