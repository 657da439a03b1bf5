/**
 * Speakers and documents: the mention each cue links to (over the parse or over tags), the document
 * a content comes from, quotes that continue the previous speaker, and the canonical name of each
 * speaker in the document.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.speaker;
