package org.attribution.report;

/** The part of an attribution that a stretch of text plays, other than its content. */
enum SpanPart {
  CUE,
  SPEAKER,
  DOCUMENT
}
