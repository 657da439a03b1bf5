package org.attribution.tagger;

import org.attribution.Span;

/**
 * A span of text the tagger gave a {@link SpanRole}: a source, a cue, or one part of a content.
 *
 * <p>Immutable and thread-safe.
 *
 * @param probability the mean, over the span's pieces, of the probability the model gave the tag
 *     each piece was decoded to; 1 when the span was not scored
 */
public record TaggedSpan(SpanRole role, Span span, double probability) {

  /** A span with no score. */
  public static TaggedSpan of(SpanRole role, Span span) {
    return new TaggedSpan(role, span, 1);
  }
}
