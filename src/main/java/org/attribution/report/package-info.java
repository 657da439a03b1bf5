/**
 * Builds the HTML report of an extraction: articles with their attributions highlighted, speakers
 * and archive statistics.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.report;
