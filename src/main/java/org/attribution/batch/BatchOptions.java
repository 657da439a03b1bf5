package org.attribution.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.attribution.AttributionExtractor;

/**
 * How a batch runs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param threads documents extracted at once
 * @param maxChars longer documents get a {@code too-long} error record instead of being extracted;
 *     at most {@link AttributionExtractor#MAX_TEXT_LENGTH}
 * @param docTimeout extraction of one document that takes longer gets a {@code timeout} error
 *     record; {@link Duration#ZERO} means no limit
 * @param ordered whether output follows input order; otherwise documents are written as they
 *     finish, which keeps all threads busy when a few documents are slow
 */
public record BatchOptions(int threads, int maxChars, Duration docTimeout, boolean ordered) {

  public BatchOptions {
    checkArgument(threads >= 1, "threads must be at least 1, not %s", threads);
    checkDocumentLimits(maxChars, docTimeout);
  }

  /**
   * Checks the limits every document is held to, here and in the service: a length from 1 to the
   * extractor's limit, and a time limit that is not negative (0 for none).
   *
   * @throws IllegalArgumentException naming the limit that is out of range
   */
  public static void checkDocumentLimits(int maxChars, Duration docTimeout) {
    checkArgument(
        maxChars >= 1 && maxChars <= AttributionExtractor.MAX_TEXT_LENGTH,
        "max chars must be from 1 to the extractor's limit of %s, not %s",
        AttributionExtractor.MAX_TEXT_LENGTH,
        maxChars);
    requireNonNull(docTimeout, "docTimeout");
    checkArgument(!docTimeout.isNegative(), "document timeout must not be negative");
  }

  /** All processors, 100,000 characters, 30 seconds, in input order. */
  public static BatchOptions defaults() {
    return new BatchOptions(
        Runtime.getRuntime().availableProcessors(), 100_000, Duration.ofSeconds(30), true);
  }

  /** Documents the batch holds between reading and writing: enough to keep every thread busy. */
  int window() {
    return threads * 4;
  }
}
