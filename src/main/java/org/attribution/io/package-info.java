/**
 * Reading inputs (JSON Lines, plain text, HTML, WARC archives) one document at a time, and the JSON
 * Lines form of attributions.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.io;
