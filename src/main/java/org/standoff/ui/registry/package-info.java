/**
 * The Registry menu (issue #21, docs/REGISTRY.md): connecting the project to a team registry,
 * syncing with progress and Cancel, the list of conflicts with Keep mine / Take theirs per field,
 * and a site's history. All registry and file work runs in background tasks; what the connected
 * role may not do is disabled.
 */
package org.standoff.ui.registry;
