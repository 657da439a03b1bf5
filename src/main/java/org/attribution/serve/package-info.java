/**
 * The HTTP service of the {@code serve} command: extraction over HTTP as JSON and JSON Lines, and a
 * page that shows who said what in an article pasted into it. {@link
 * org.attribution.serve.AttributionService} starts one.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 * The library never loads this package, and the HTTP server it runs on is an optional dependency.
 */
package org.attribution.serve;
