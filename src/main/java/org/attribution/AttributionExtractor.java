package org.attribution;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds who said what in English news text. The one entry point of the library.
 *
 * <pre>{@code
 * List<Attribution> found = AttributionExtractor.extract(articleText);   // the shared default
 *
 * AttributionExtractor fast = AttributionExtractor.builder()
 *     .cueLexicon(Path.of("my-cues.txt"))
 *     .profile(Profile.FAST)
 *     .build();
 * List<Attribution> quick = fast.extractFromText(articleText);
 * List<Attribution> more = fast.extract(Document.of("doc-1", articleText));
 * }</pre>
 *
 * <p>The static {@link #extract(String)} always runs the shared default extractor ({@link
 * Profile#DEFAULT}, the bundled cues). An instance runs what it was built with, through {@link
 * #extractFromText(String)} or {@link #extract(Document)}. Calling the static method through an
 * instance, {@code fast.extract(text)}, does not compile (a static method of an interface is called
 * through the interface alone), so a configured extractor cannot silently fall back to the default
 * one.
 *
 * <p>An extractor is immutable and thread-safe: build one and share it. Building loads CoreNLP
 * models, which takes seconds and a few hundred megabytes of heap, so the static methods share one
 * default extractor, built on first use. Only this library implements this interface.
 */
public sealed interface AttributionExtractor permits PipelineAttributionExtractor {

  /**
   * The longest text, in {@code char}s, that an extractor takes: a million, some 150,000 words, far
   * beyond any article. Annotation holds a few hundred bytes of heap per character until it ends,
   * so a longer text (a dump, a whole site pasted as one page) would put the heap of every
   * extraction running beside it at risk; split it into articles first.
   */
  int MAX_TEXT_LENGTH = 1_000_000;

  /**
   * Extracts the attributions of {@code text} with the shared default extractor ({@link
   * Profile#DEFAULT}, the bundled cues), built on first use. To use another configuration, call
   * {@link #extractFromText(String)} on an extractor from {@link #builder()}.
   *
   * @throws IllegalArgumentException if {@code text} is null or longer than {@link
   *     #MAX_TEXT_LENGTH}
   */
  static List<Attribution> extract(String text) {
    return defaultExtractor().extractFromText(text);
  }

  /**
   * The shared default extractor ({@link Profile#DEFAULT}, the bundled cues), built on first use.
   */
  static AttributionExtractor defaultExtractor() {
    return PipelineAttributionExtractor.DEFAULT.get();
  }

  /** Starts configuring an extractor. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the attributions of {@code text} with this extractor's profile and cues, as {@link
   * #extract(Document)} does for a document with an empty id.
   *
   * @throws IllegalArgumentException if {@code text} is null or longer than {@link
   *     #MAX_TEXT_LENGTH}
   */
  List<Attribution> extractFromText(String text);

  /**
   * Extracts the attributions of one document, in text order. Empty text, or text where no cue
   * introduces anything and no quote stands out, gives an empty list; a sentence without a single
   * quote mark can give one ({@code The minister said that taxes would rise.}). Any text is taken
   * as it is, whatever it holds (binary garbage, control characters, markup, other languages,
   * unbalanced quote marks).
   *
   * @throws IllegalArgumentException if {@code document} is null or its text is longer than {@link
   *     #MAX_TEXT_LENGTH}
   */
  List<Attribution> extract(Document document);

  /** The cue lexicon this extractor was built with, if not the bundled one. */
  Optional<Path> cueLexicon();

  /** The profile this extractor was built with. */
  Profile profile();

  /** Configures an {@link AttributionExtractor}. Not thread-safe. */
  final class Builder {
    private Path cueLexicon;
    private Profile profile = Profile.DEFAULT;

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
     * Chooses between accuracy and speed (default {@link Profile#DEFAULT}); only the models the
     * profile uses are loaded.
     */
    public Builder profile(Profile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /** Loads the models and returns a new extractor. */
    public AttributionExtractor build() {
      return new PipelineAttributionExtractor(cueLexicon, profile);
    }
  }
}
