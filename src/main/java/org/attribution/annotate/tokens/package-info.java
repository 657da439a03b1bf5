/**
 * Token tags without statistical models, for the fast profile: part-of-speech tags and lemmas by
 * lexicon look-up, and person and organization names by capitalization and word lists.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.tokens;
