/**
 * The headless command line: the same core as the desktop application, driven by arguments
 * instead of a window. Never loads JavaFX and never imports {@code org.standoff.ui}.
 */
package org.standoff.cli;
