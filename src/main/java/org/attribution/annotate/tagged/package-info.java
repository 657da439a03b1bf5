/**
 * The learned tagger's stages, in the order they run: {@link
 * org.attribution.annotate.tagged.TaggedSpanAnnotator} marks sources, cues and content parts with
 * the token tagger of {@link org.attribution.tagger}; {@link
 * org.attribution.annotate.tagged.TaggedSpanLinker}, the one linker, links them into attributions;
 * {@link org.attribution.annotate.tagged.TaggedCandidateAnnotator} turns those into candidates for
 * the stages every profile shares.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.tagged;
