package org.attribution.tagger;

/** The parts of an attribution that the tagger marks in text. */
public enum SpanRole {
  /** Who or what the content comes from: a speaker, or a document when none is named. */
  SOURCE,
  /** The words that signal the attribution: {@code said}, {@code according to}. */
  CUE,
  /** What is attributed; a content in parts is several spans. */
  CONTENT
}
