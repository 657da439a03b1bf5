package org.attribution.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serializable;
import java.time.Duration;
import org.attribution.AttributionExtractor;
import org.attribution.Profile;
import org.attribution.options.ExtractionOptions;

/**
 * What every executor needs to build and run its extractor, shipped with each task: the profile,
 * the cue lexicon (bundled when {@code null}), the longest text extracted, in characters (at most
 * {@link AttributionExtractor#MAX_TEXT_LENGTH}), the longest time one document may take ({@link
 * Duration#ZERO} for no limit), and the folder of the user's trained models (the bundled ones when
 * {@code null}). Longer texts and slower documents get an error row instead of tying up an
 * executor.
 *
 * <p>The lexicon path is a string, not a {@link java.nio.file.Path}, because it is resolved on the
 * executor: a path that exists there, or the name of a file shipped with {@code spark-submit
 * --files}. The models folder, too, is read on each executor, at the same path.
 *
 * <p>Immutable, thread-safe and serializable; equal options share one extractor per JVM.
 */
public record SparkExtractionOptions(
    Profile profile, String cueLexicon, int maxChars, Duration docTimeout, String models)
    implements Serializable {

  /** The length limit used when none is given, the same as the command line's. */
  public static final int DEFAULT_MAX_CHARS = ExtractionOptions.DEFAULT_MAX_CHARS;

  /** The time limit used when none is given, the same as the command line's. */
  public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(30);

  public SparkExtractionOptions {
    checkArgument(profile != null, "profile must be given");
    checkArgument(
        maxChars > 0 && maxChars <= AttributionExtractor.MAX_TEXT_LENGTH,
        "maxChars must be from 1 to the extractor's limit of %s, was %s",
        AttributionExtractor.MAX_TEXT_LENGTH,
        maxChars);
    checkArgument(
        docTimeout != null && !docTimeout.isNegative(), "docTimeout must be zero or positive");
  }

  /**
   * {@link Profile#DEFAULT}, the bundled cue lexicon, {@link #DEFAULT_MAX_CHARS} and {@link
   * #DEFAULT_DOC_TIMEOUT}.
   */
  public static SparkExtractionOptions defaults() {
    return new SparkExtractionOptions(
        Profile.DEFAULT, null, DEFAULT_MAX_CHARS, DEFAULT_DOC_TIMEOUT, null);
  }

  /** A copy extracting with {@code profile}. */
  public SparkExtractionOptions withProfile(Profile profile) {
    return new SparkExtractionOptions(profile, cueLexicon, maxChars, docTimeout, models);
  }

  /** A copy reading cues from {@code file} (resolved on each executor). */
  public SparkExtractionOptions withCueLexicon(String file) {
    return new SparkExtractionOptions(profile, file, maxChars, docTimeout, models);
  }

  /** A copy with another length limit. */
  public SparkExtractionOptions withMaxChars(int limit) {
    return new SparkExtractionOptions(profile, cueLexicon, limit, docTimeout, models);
  }

  /** A copy reading the trained models from {@code folder} (read on each executor). */
  public SparkExtractionOptions withModels(String folder) {
    return new SparkExtractionOptions(profile, cueLexicon, maxChars, docTimeout, folder);
  }

  /** A copy with another time limit per document; zero for none. */
  public SparkExtractionOptions withDocTimeout(Duration limit) {
    return new SparkExtractionOptions(profile, cueLexicon, maxChars, limit, models);
  }
}
