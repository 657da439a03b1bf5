/**
 * Measures load time, heap and throughput of each profile against CoreNLP references.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.bench;
