package org.attribution;

/** What kind of source a speaker is. */
public enum SpeakerKind {
  PERSON,
  ORGANIZATION,
  /** A statement, report, summary or statistics named without an issuer the text identifies. */
  DOCUMENT,
  OTHER
}
