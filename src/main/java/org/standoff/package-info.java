/**
 * Standoff's entry point and build metadata: {@link org.standoff.Main} sends options and
 * commands to the CLI and everything else to the desktop application.
 */
package org.standoff;
