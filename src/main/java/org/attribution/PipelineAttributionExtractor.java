package org.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.attribution.pipeline.AttributionPipeline;
import org.attribution.pipeline.ProfileModels;
import org.jspecify.annotations.Nullable;

/**
 * The {@link AttributionExtractor}: checks the input, then runs the annotation pipeline of its
 * profile. Immutable and thread-safe.
 */
final class PipelineAttributionExtractor implements AttributionExtractor {

  /** Built on first use, and again after a failed build. */
  static final Supplier<AttributionExtractor> DEFAULT =
      Suppliers.memoize(() -> AttributionExtractor.builder().build());

  private final AttributionPipeline pipeline;
  private final Optional<Path> cueLexicon;
  private final Profile profile;
  private final ProfileModels models;

  PipelineAttributionExtractor(@Nullable Path cueLexicon, Profile profile, @Nullable Path models) {
    this.cueLexicon = Optional.ofNullable(cueLexicon);
    this.profile = profile;
    this.models =
        models == null
            ? ProfileModels.bundled(profile)
            : ProfileModels.inFolder(profile, models.toAbsolutePath().normalize());
    this.pipeline = AttributionPipeline.create(cueLexicon, this.models);
  }

  /** The checks of a text that need no extractor, so that a bad text loads no model. */
  static void checkText(String text) {
    checkArgument(text != null, "text must not be null; pass \"\" for an empty document");
    checkLength(text, "a text");
  }

  private static void checkLength(String text, String what) {
    checkArgument(
        text.length() <= MAX_TEXT_LENGTH,
        "%s has %s characters, more than the limit of %s: split it into articles",
        what,
        text.length(),
        MAX_TEXT_LENGTH);
  }

  @Override
  public List<Attribution> extractFromText(String text) {
    checkText(text);
    return annotate(text, "a text");
  }

  @Override
  public List<Attribution> extract(Document document) {
    checkArgument(document != null, "document must not be null");
    String what = "document \"" + document.id() + "\"";
    checkLength(document.text(), what);
    return annotate(document.text(), what);
  }

  private List<Attribution> annotate(String text, String what) {
    try {
      return pipeline.annotate(text);
    } catch (RuntimeInterruptedException e) {
      // CoreNLP's and the stages' way out of an interrupt, which they clear: one JDK type instead,
      // and the interrupt kept for the caller.
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException("extraction of " + what + " was interrupted");
      cancelled.initCause(e);
      throw cancelled;
    }
  }

  @Override
  public Optional<Path> cueLexicon() {
    return cueLexicon;
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public Optional<Path> models() {
    return models.folder();
  }

  @Override
  public String describeModels() {
    return profile + " models: " + models.describe();
  }

  @Override
  public String toString() {
    return "AttributionExtractor{profile="
        + profile
        + cueLexicon.map(p -> ", cueLexicon=" + p).orElse("")
        + models.folder().map(p -> ", models=" + p).orElse("")
        + "}";
  }
}
