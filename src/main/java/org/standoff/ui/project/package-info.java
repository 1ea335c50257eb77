/**
 * The project file in the window: New, Open, Save, recent files, the unsaved mark, autosave to
 * recovery files and the offer to recover after a crash, the bundled sample project.
 */
package org.standoff.ui.project;
