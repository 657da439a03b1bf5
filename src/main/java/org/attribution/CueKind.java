package org.attribution;

/** What a cue says about its content, so that claims can be told from speech. */
public enum CueKind {
  /**
   * The content was said or written: {@code said}, {@code told reporters}, {@code according to}.
   */
  SPEECH,
  /** The content is a finding, belief or intention: {@code polls show}, {@code she believes}. */
  CLAIM
}
