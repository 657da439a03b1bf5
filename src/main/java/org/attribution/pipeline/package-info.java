/**
 * Assembles the annotators of a profile into one CoreNLP pipeline, and the typed annotations and
 * candidates they pass along.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.pipeline;
