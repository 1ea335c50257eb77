/**
 * The JavaFX desktop application: the main window, its view models and panels. Views bind to
 * view models that hold state as properties; geometry and file work happen in the lower
 * layers, off the JavaFX thread, through {@link org.standoff.ui.UiExecutor}.
 */
package org.standoff.ui;
