/**
 * Stages over tokens that every later stage reads: the view of each sentence, built once per
 * document; and, for the fast profile, token tags without statistical models: part-of-speech tags
 * and lemmas by lexicon look-up, and person and organization names by capitalization and word
 * lists.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.tokens;
