package org.attribution.options;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.attribution.AttributionExtractor;
import org.attribution.Profile;
import org.attribution.pipeline.ProfileModels;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that bound and feed the extraction of each document, shared by the {@code extract}
 * and {@code serve} commands and the Spark extraction job: the longest text, the time a document
 * may take, and the folder of the user's own models.
 *
 * <pre>{@code
 * @Mixin ExtractionOptions extraction;
 * ...
 * extraction.checkModels(profile); // before any work starts
 * AttributionExtractor extractor = extraction.builder(profile).build();
 * }</pre>
 *
 * <p>Filled in by picocli, then read only; not thread-safe while it is being filled.
 */
public final class ExtractionOptions {

  /** The length limit used when none is given, in characters. */
  public static final int DEFAULT_MAX_CHARS = 100_000;

  @Option(
      names = "--max-chars",
      defaultValue = "" + DEFAULT_MAX_CHARS,
      paramLabel = "N",
      description =
          "Longer documents are not extracted: an error record (serve: 413, or an error record in"
              + " a stream) (default: ${DEFAULT-VALUE}; at most "
              + AttributionExtractor.MAX_TEXT_LENGTH
              + ", the longest text the extractor takes).")
  int maxChars;

  @Option(
      names = "--doc-timeout",
      defaultValue = "30s",
      converter = DurationConverter.class,
      paramLabel = "TIME",
      description =
          "Documents taking longer get an error record (serve: 504, or a timeout record in a"
              + " stream): processor time of the document's own thread, so a busy machine does not"
              + " make documents time out; 0 for no limit (default: ${DEFAULT-VALUE}).")
  Duration docTimeout;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description =
          "Folder of trained models to use instead of the bundled ones (as the training commands"
              + " write them; docs/models.md), checked before any work starts.")
  @Nullable Path models;

  /** The longest text extracted, in characters. */
  public int maxChars() {
    return maxChars;
  }

  /** The longest time one document may take; zero for no limit. */
  public Duration docTimeout() {
    return docTimeout;
  }

  /** The user's models folder, if one is given. */
  public Optional<Path> models() {
    return Optional.ofNullable(models);
  }

  /**
   * Checks that the models folder, if one is given, holds every file {@code profile} reads.
   *
   * @throws IllegalArgumentException naming the folder or file missing
   */
  public void checkModels(Profile profile) {
    if (models != null) {
      ProfileModels.inFolder(profile, models);
    }
  }

  /** A builder of the extractor of {@code profile} with these models. */
  public AttributionExtractor.Builder builder(Profile profile) {
    AttributionExtractor.Builder builder = AttributionExtractor.builder().profile(profile);
    if (models != null) {
      builder.models(models);
    }
    return builder;
  }
}
