/**
 * Proximity analysis in the window: the service that keeps findings and zone shapes current,
 * the findings table and summary, and the inverse "sites near this feature" query.
 */
package org.standoff.ui.analysis;
