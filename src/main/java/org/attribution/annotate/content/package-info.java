/**
 * Content: what each cue attributes, over the parse ({@code ContentFinder}) or over tags and
 * punctuation ({@code FastContentFinder}), and the parts a content comes in around the frame that
 * interrupts it.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.content;
