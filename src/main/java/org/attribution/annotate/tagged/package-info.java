/**
 * The learned tagger's stage: marks sources, cues and content parts with the token tagger of {@link
 * org.attribution.tagger} and turns them into candidates.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.tagged;
