package org.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attribution.pipeline.AttributionPipeline;
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

  PipelineAttributionExtractor(@Nullable Path cueLexicon, Profile profile) {
    this.cueLexicon = Optional.ofNullable(cueLexicon);
    this.profile = profile;
    this.pipeline = AttributionPipeline.create(cueLexicon, profile);
  }

  @Override
  public List<Attribution> extractFromText(String text) {
    checkArgument(text != null, "text must not be null; pass \"\" for an empty document");
    return extract(Document.of("", text));
  }

  @Override
  public List<Attribution> extract(Document document) {
    checkArgument(document != null, "document must not be null");
    checkArgument(
        document.text().length() <= MAX_TEXT_LENGTH,
        "text of document \"%s\" has %s characters, more than the limit of %s: split it into articles",
        document.id(),
        document.text().length(),
        MAX_TEXT_LENGTH);
    return pipeline.annotate(document.text());
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
  public String toString() {
    return "AttributionExtractor{profile="
        + profile
        + cueLexicon.map(p -> ", cueLexicon=" + p).orElse("")
        + "}";
  }
}
