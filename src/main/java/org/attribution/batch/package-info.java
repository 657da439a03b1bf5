/**
 * Runs extraction over many documents on several threads, each under a time limit, writing one
 * result per document (JSON Lines or CSV) in bounded memory, with progress and resume.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.batch;
