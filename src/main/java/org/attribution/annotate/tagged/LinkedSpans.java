package org.attribution.annotate.tagged;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.attribution.Span;

/**
 * The tagged spans of one attribution, as {@link TaggedSpanLinker} links them: its content's parts
 * in text order, its cue, and its source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parts the content's parts, in text order, never empty
 * @param cue null for a quote that continues the previous attribution without a cue
 * @param source null when the text names none near the cue
 */
public record LinkedSpans(List<Span> parts, Span cue, Span source) {

  public LinkedSpans {
    parts = ImmutableList.copyOf(parts);
  }

  /** The hull of the content's parts. */
  public Span content() {
    return parts.get(0).union(parts.get(parts.size() - 1));
  }
}
