package org.attribution;

/**
 * How much analysis an {@link AttributionExtractor} runs per article, trading accuracy for speed.
 * The figures of each profile on the evaluation set and on the benchmark are in the README.
 */
public enum Profile {
  /**
   * The best accuracy: part-of-speech tags, lemmas, named entities and the dependency parse, with
   * content found over the parse.
   */
  ACCURATE,
  /**
   * The cheapest pipeline that keeps most of the accuracy: part-of-speech tags and lemmas only.
   * Content and speakers are found by patterns over tags and punctuation, and names by capitalized
   * tokens and lexicons instead of a statistical tagger. No parser or entity models are loaded.
   */
  FAST,
  /**
   * A fine-tuned transformer tagger (MiniLM, run by ONNX Runtime) marks sources, cues and content
   * parts; rules link them into attributions. Part-of-speech tags, lemmas and named entities serve
   * speaker names; no parser is loaded.
   */
  LEARNED
}
