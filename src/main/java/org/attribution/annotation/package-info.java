/**
 * What the stages read and write: the typed annotations on a CoreNLP document (quoted spans, cues,
 * candidates, mentions) and the keys they are stored under. Every stage package depends on this
 * one; it depends on nothing of the pipeline.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotation;
