/**
 * Scores predicted attributions against gold annotations with the metrics of the reference scorer,
 * and trains the cue reliability model from gold data.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.eval;
