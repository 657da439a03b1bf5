package org.attribution.annotation;

import org.attribution.CueKind;
import org.attribution.Span;

/**
 * Words that introduce attributed content, as the cue annotator found them.
 *
 * @param sentence index of the sentence holding the cue
 * @param head 1-based index of the cue's governing token (the verb of {@code pointed out}, the
 *     {@code according} of {@code according to}); 0 for a cue with no token, such as a colon
 * @param span characters of the cue words
 * @param entry the lexicon entry matched, its words joined by spaces ({@code point out}), or {@code
 *     :} for a colon
 * @param role how the cue relates to its source: through a subject, an object of a preposition, or
 *     by standing between a subject and a quote
 * @param objectIsContent whether the verb's object is what it attributes when it has no clause
 *     ({@code criticized the plan}, {@code called Trump "unhinged"})
 */
public record Cue(
    int sentence,
    int head,
    Span span,
    String entry,
    CueKind kind,
    SourceLink role,
    boolean objectIsContent) {

  /** This cue over other words of its sentence: {@code said} of a tagged {@code said in a memo}. */
  public Cue withWords(Span words, String entryWords) {
    return new Cue(sentence, head, words, entryWords, kind, role, objectIsContent);
  }

  /** How a cue's source is found. */
  public enum SourceLink {
    /** A verb whose subject is the source: {@code X said}, {@code said X}. */
    VERB,
    /** A preposition whose object is the source: {@code according to X}, {@code as per X}. */
    PREPOSITION,
    /** A colon after a source: {@code Trump's reply: "..."}, {@code PENCE: Well, ...}. */
    COLON,
    /** A dash after a quote, before its author: {@code "..." ― Carla Sanchez}. */
    SIGN_OFF
  }
}
