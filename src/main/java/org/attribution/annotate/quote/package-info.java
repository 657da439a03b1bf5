/**
 * Quoted passages: finding them in the text, and the quote that stands next to a cue (after a
 * colon, before {@code ..., he said}, closed by a sign-off dash). Reads only the text and the
 * phrases of {@link org.attribution.annotate.phrase}.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.annotate.quote;
