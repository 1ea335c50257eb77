/**
 * Mining sites in the window: their view model with undoable edits, the sites table, the
 * add/edit form, import from CSV and SQLite tables, and export.
 */
package org.standoff.ui.sites;
