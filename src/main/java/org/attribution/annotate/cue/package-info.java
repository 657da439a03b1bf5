/**
 * Cues: the words and punctuation that signal an attribution, the sentences parsed because they may
 * hold one, the verb group a reader quotes, and the learned reliability that keeps a cue.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.cue;
