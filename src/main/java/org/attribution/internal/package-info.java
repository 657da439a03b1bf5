/**
 * Small helpers shared by the annotators: quote-mark pairing, a read-only view of a parsed
 * sentence, the searches that keep each stage linear in the text (binary search, spans that cover a
 * span), the interrupt check that lets given-up work stop, and the reading of text resources that
 * ship beside a class.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.internal;
