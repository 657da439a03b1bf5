/**
 * The bundled word lists and learned models the annotators read: the cue lexicon, cue reliability,
 * the tag lexicon of the fast profile, and plain word lists.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.lexicon;
