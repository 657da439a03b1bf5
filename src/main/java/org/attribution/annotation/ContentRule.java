package org.attribution.annotation;

/**
 * Which construction gave a candidate its content. Together with the cue's words it is what the cue
 * classifier learns how often to trust.
 */
public enum ContentRule {
  /** The clausal complement of a cue verb: {@code said that ...}. */
  CLAUSE,
  /** The infinitive of an intention: {@code vowed to ...}. */
  INFINITIVE,
  /** The object of a verb that attributes its object: {@code criticized the plan}. */
  OBJECT,
  /** All before a final cue: {@code ..., sources said.} */
  FRONTED,
  /** The whole sentence a cue interrupts: {@code The museum, he said, will open.} */
  INTERRUPTED,
  /** The clause a parenthetical cue interrupts or follows. */
  HOST_CLAUSE,
  /** The quote an {@code as} clause refers to: {@code "...," as he put it}. */
  AS_QUOTE,
  /** A quote right after the cue: {@code referred to as "..."}. */
  QUOTE_AFTER,
  /** A quote right before the cue and its subject: {@code "...," he said}. */
  QUOTE_BEFORE,
  /** The clause {@code according to X} qualifies. */
  PREPOSITION,
  /** A quote after a lead-in colon. */
  COLON,
  /** The rest of a line after a name and a colon: {@code PENCE: Well, ...}. */
  LABELLED_LINE,
  /** The quote a dash and a name sign off. */
  SIGN_OFF,
  /** A quote with no cue, continuing the speaker before it. */
  CONTINUATION
}
