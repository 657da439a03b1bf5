/**
 * Noun phrases and the mentions they head, read off the dependency parse or off part-of-speech
 * tags; every later stage names speakers and subjects through them.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.phrase;
