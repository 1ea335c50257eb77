/**
 * The team site registry (issue #21, {@code docs/REGISTRY.md}): a PostgreSQL/PostGIS database
 * that several analysts sync their project files with. The project file stays each analyst's
 * offline copy; this package keeps the link to the registry in it ({@link RegistryLink}), creates
 * and migrates the registry's schema with Flyway ({@link RegistrySchema}), and pulls and pushes
 * sites with field-by-field conflicts, tombstones and a resumable cursor ({@link SiteSync}), and
 * the team's zones and rule sets, published by owners, the same way ({@link ItemSync}). It
 * uses the project file only through {@code io.store} ({@code ProjectFile.update},
 * {@code SiteStore.attach}, {@code ProjectParts}), and nothing of it runs unless the user links a
 * project to a registry.
 */
package org.standoff.io.registry;
