package org.attribution.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;

/**
 * What every executor needs to build its extractor, shipped with each task: the cue lexicon
 * (bundled when {@code null}) and the longest text extracted, in characters. Longer documents get
 * an error row instead of tying up an executor.
 *
 * <p>The lexicon path is a string, not a {@link java.nio.file.Path}, because it is resolved on the
 * executor: a path that exists there, or the name of a file shipped with {@code spark-submit
 * --files}.
 *
 * <p>Immutable, thread-safe and serializable; equal options share one extractor per JVM.
 */
public record SparkExtractionOptions(String cueLexicon, int maxChars) implements Serializable {

  /** The limit used when none is given: far above a news article, far below a runaway input. */
  public static final int DEFAULT_MAX_CHARS = 200_000;

  public SparkExtractionOptions {
    checkArgument(maxChars > 0, "maxChars must be positive, was %s", maxChars);
  }

  /** The bundled cue lexicon and {@link #DEFAULT_MAX_CHARS}. */
  public static SparkExtractionOptions defaults() {
    return new SparkExtractionOptions(null, DEFAULT_MAX_CHARS);
  }

  /** A copy reading cues from {@code file} (resolved on each executor). */
  public SparkExtractionOptions withCueLexicon(String file) {
    return new SparkExtractionOptions(file, maxChars);
  }

  /** A copy with another length limit. */
  public SparkExtractionOptions withMaxChars(int limit) {
    return new SparkExtractionOptions(cueLexicon, limit);
  }
}
