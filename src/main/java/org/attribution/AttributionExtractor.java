package org.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attribution.pipeline.AttributionPipeline;

/**
 * Finds who said what in English news text. The one entry point of the library.
 *
 * <pre>{@code
 * List<Attribution> found = AttributionExtractor.extract(articleText);
 *
 * AttributionExtractor extractor = AttributionExtractor.builder()
 *     .cueLexicon(Path.of("my-cues.txt"))
 *     .profile(Profile.FAST)
 *     .build();
 * List<Attribution> more = extractor.extract(Document.of("doc-1", articleText));
 * }</pre>
 *
 * <p>An extractor is immutable and thread-safe: build one and share it. Building loads CoreNLP
 * models, which takes seconds and a few hundred megabytes of heap, so the static {@link
 * #extract(String)} shares one default extractor, built on first use.
 */
public final class AttributionExtractor {

  /**
   * The longest text, in {@code char}s, that an extractor takes: a million, some 150,000 words,
   * far beyond any article. Annotation holds a few hundred bytes of heap per character until it
   * ends, so a longer text (a dump, a whole site pasted as one page) would put the heap of every
   * extraction running beside it at risk; split it into articles first.
   */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  private static final Supplier<AttributionExtractor> DEFAULT =
      Suppliers.memoize(() -> builder().build());

  private final AttributionPipeline pipeline;
  private final Optional<Path> cueLexicon;
  private final Profile profile;

  private AttributionExtractor(Builder builder) {
    this.cueLexicon = Optional.ofNullable(builder.cueLexicon);
    this.profile = builder.profile;
    this.pipeline = AttributionPipeline.create(builder.cueLexicon, builder.profile);
  }

  /**
   * Extracts the attributions of {@code text} with the shared default extractor.
   *
   * @throws IllegalArgumentException if {@code text} is null or longer than {@link #MAX_TEXT_LENGTH}
   */
  public static List<Attribution> extract(String text) {
    checkArgument(text != null, "text must not be null; pass \"\" for an empty document");
    return DEFAULT.get().extract(Document.of("", text));
  }

  /** The shared default extractor, built on first use. */
  public static AttributionExtractor defaultExtractor() {
    return DEFAULT.get();
  }

  /** Starts configuring an extractor. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the attributions of one document, in text order. Empty or quote-free text gives an
   * empty list. Any other text is taken as it is, whatever it holds (binary garbage, control
   * characters, markup, other languages, unbalanced quote marks); its time grows linearly with its
   * length.
   *
   * @throws IllegalArgumentException if {@code document} is null or its text is longer than
   *     {@link #MAX_TEXT_LENGTH}
   */
  public List<Attribution> extract(Document document) {
    checkArgument(document != null, "document must not be null");
    checkArgument(document.text().length() <= MAX_TEXT_LENGTH,
        "text of document \"%s\" has %s characters, more than the limit of %s: split it into articles",
        document.id(), document.text().length(), MAX_TEXT_LENGTH);
    return pipeline.annotate(document.text());
  }

  /** The cue lexicon this extractor was built with, if not the bundled one. */
  public Optional<Path> cueLexicon() {
    return cueLexicon;
  }

  /** The profile this extractor was built with. */
  public Profile profile() {
    return profile;
  }

  /** Configures an {@link AttributionExtractor}. Not thread-safe. */
  public static final class Builder {
    private Path cueLexicon;
    private Profile profile = Profile.ACCURATE;

    private Builder() {}

    /**
     * Reads cues from {@code file} instead of the bundled lexicon; the format is described in
     * {@code models/cues.txt}.
     */
    public Builder cueLexicon(Path file) {
      this.cueLexicon = requireNonNull(file, "file");
      return this;
    }

    /**
     * Chooses between accuracy and speed (default {@link Profile#ACCURATE}); only the models the
     * profile uses are loaded.
     */
    public Builder profile(Profile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /** Loads the models and returns a new extractor. */
    public AttributionExtractor build() {
      return new AttributionExtractor(this);
    }
  }
}
