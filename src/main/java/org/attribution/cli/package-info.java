/**
 * The command line: {@code extract}, {@code evaluate}, {@code report}, {@code bench} and {@code
 * train}, run by {@code java -jar attribution-extractor.jar}.
 *
 * <p>Internal: not part of the public API (see {@link org.attribution}); may change in any release.
 */
package org.attribution.cli;
