/**
 * What every view of the UI shares and nothing else: the one background executor (the only
 * {@code Platform.runLater}), the error dialog, and the user's settings. It depends on no other
 * UI package, so the views and the main window that assembles them form no cycles.
 */
package org.standoff.ui.base;
