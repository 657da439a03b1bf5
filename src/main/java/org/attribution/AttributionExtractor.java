package org.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

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
   *     #MAX_TEXT_LENGTH}, before any model is loaded
   * @throws CancellationException if the calling thread is interrupted during the extraction; the
   *     thread's interrupt status is set again
   */
  static List<Attribution> extract(String text) {
    PipelineAttributionExtractor.checkText(text);
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
   * @throws CancellationException if the calling thread is interrupted during the extraction; the
   *     thread's interrupt status is set again
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
   * @throws CancellationException if the calling thread is interrupted during the extraction (a
   *     time limit that gave up on the document, a shutdown); the thread's interrupt status is set
   *     again, so that the caller's own waits see it
   */
  List<Attribution> extract(Document document);

  /** The cue lexicon this extractor was built with, if not the bundled one. */
  Optional<Path> cueLexicon();

  /** The profile this extractor was built with. */
  Profile profile();

  /** The folder this extractor read its trained models from, if not the ones in the jar. */
  Optional<Path> models();

  /**
   * Which trained models this extractor loaded and where from, in one line for a log: {@code
   * LEARNED models: tagger.onnx, tagger-transitions.tsv from /data/my-models}.
   */
  String describeModels();

  /** Configures an {@link AttributionExtractor}. Not thread-safe. */
  final class Builder {
    private @Nullable Path cueLexicon;
    private @Nullable Path models;
    private Profile profile = Profile.DEFAULT;

    private Builder() {}

    /**
     * Reads cues from {@code file} instead of the bundled lexicon; the format is described in
     * {@code models/cues.txt}.
     */
    public Builder cueLexicon(Path file) {
      checkArgument(file != null, "cue lexicon file must not be null");
      this.cueLexicon = file;
      return this;
    }

    /**
     * Reads the profile's trained models from {@code folder} instead of the jar, under the names
     * the training commands write: {@code cue-reliability.tsv} ({@link Profile#ACCURATE}), {@code
     * cue-reliability-fast.tsv} ({@link Profile#FAST}), {@code tagger.onnx} and {@code
     * tagger-transitions.tsv} ({@link Profile#LEARNED}). Checked by {@link #build()}.
     */
    public Builder models(Path folder) {
      checkArgument(folder != null, "models folder must not be null");
      this.models = folder;
      return this;
    }

    /**
     * Chooses between accuracy and speed (default {@link Profile#DEFAULT}); only the models the
     * profile uses are loaded.
     */
    public Builder profile(Profile profile) {
      checkArgument(profile != null, "profile must not be null");
      this.profile = profile;
      return this;
    }

    /**
     * Loads the models and returns a new extractor.
     *
     * @throws IllegalArgumentException naming the file, when the models folder lacks one of the
     *     profile's models or holds one that cannot be read as such
     * @throws IllegalStateException naming the file, when the classpath lacks a model the profile
     *     loads
     */
    public AttributionExtractor build() {
      return new PipelineAttributionExtractor(cueLexicon, profile, models);
    }
  }
}
