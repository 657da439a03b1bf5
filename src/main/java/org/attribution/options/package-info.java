/**
 * Command-line options that both the command line ({@link org.attribution.cli}) and the Spark jobs
 * ({@link org.attribution.spark}) read, so that neither application imports the other.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.options;
