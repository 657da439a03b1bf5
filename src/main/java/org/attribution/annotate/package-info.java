/**
 * The CoreNLP annotators that find attributions, one job each, grouped by the step they serve, in
 * pipeline order: {@link org.attribution.annotate.tokens} (tags without models), {@link
 * org.attribution.annotate.quote}, {@link org.attribution.annotate.cue}, {@link
 * org.attribution.annotate.content}, {@link org.attribution.annotate.speaker}, {@link
 * org.attribution.annotate.tagged} (the learned tagger's stage) and {@link
 * org.attribution.annotate.record}; {@link org.attribution.annotate.phrase} serves them all. A
 * package may use the ones before it, never one after it; the layering test keeps it so. Which
 * annotator serves which profile is set in {@link org.attribution.pipeline.ProfileStages}.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate;
