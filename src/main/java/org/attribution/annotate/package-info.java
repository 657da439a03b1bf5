/**
 * The CoreNLP annotators that find attributions, one job each, in pipeline order: quoted spans,
 * cues, content, cue reliability, speakers, documents, canonical names, continuations, records.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate;
