/**
 * File &gt; Print Briefing Map: the layout editor with its live preview, and the PDF, PNG,
 * printer and atlas output built on {@link org.standoff.print}. The content of a briefing is
 * built from an immutable {@link org.standoff.print.ProjectSnapshot} taken on the JavaFX
 * thread, so previews and exports run in the background without touching live UI state.
 */
package org.standoff.ui.print;
