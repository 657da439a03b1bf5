package org.attribution;

/**
 * How much analysis an {@link AttributionExtractor} runs per article, trading accuracy for speed.
 * {@link #DEFAULT} ({@link #LEARNED}) is the best answer on every measure the project has; the
 * figures of each profile on the evaluation set and on the benchmark are in {@code
 * docs/default-profile.md}.
 */
public enum Profile {
  /**
   * Rules over part-of-speech tags, lemmas, named entities and the dependency parse, with content
   * found over the parse. Kept for the cue reliability model it trains ({@code train}) and as the
   * rules' reference; {@link #DEFAULT} finds more.
   */
  ACCURATE,
  /**
   * The cheapest pipeline that keeps most of the accuracy: part-of-speech tags and lemmas only.
   * Content and speakers are found by patterns over tags and punctuation, and names by capitalized
   * tokens and lexicons instead of a statistical tagger. No parser or entity models are loaded.
   */
  FAST,
  /**
   * The default: a fine-tuned transformer tagger (e5-small, int8, run by ONNX Runtime) marks
   * sources, cues and content parts; rules link them into attributions, and the rules' canonical
   * names name their speakers. Part-of-speech tags, lemmas and named entities serve speaker names;
   * no parser is loaded.
   */
  LEARNED;

  /**
   * The name of {@link #DEFAULT}, for annotations that need a constant (a command's default
   * option).
   */
  public static final String DEFAULT_NAME = "LEARNED";

  /**
   * The profile {@link AttributionExtractor#extract(String)}, the builder and every command run
   * unless told otherwise: {@link #LEARNED}, which finds the most attributions on news and names
   * their speakers as well as the rules do.
   */
  public static final Profile DEFAULT = valueOf(DEFAULT_NAME);
}
