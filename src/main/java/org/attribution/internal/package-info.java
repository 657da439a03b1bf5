/**
 * Small helpers shared by the annotators: quote-mark pairing and a read-only view of a parsed
 * sentence.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.internal;
