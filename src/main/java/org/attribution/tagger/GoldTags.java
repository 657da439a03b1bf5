package org.attribution.tagger;

import java.util.Arrays;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.Span;

/**
 * The tags that annotated attributions give a text's WordPieces, which the tagger learns from:
 * every piece that overlaps the source (the speaker, else the document), the cue or a part of the
 * content carries that role, the first piece of each span (of each content part) a {@code B-}.
 * Annotations nest rarely (one character in 16,000 of PolNeAR's train split has two roles); the
 * attribution listed first keeps such pieces.
 *
 * <pre>{@code
 * SpanTag[] tags = GoldTags.of(pieces, goldAttributions);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldTags {

  private GoldTags() {}

  /** The tag of each of {@code pieces}, {@link SpanTag#O} outside every annotated span. */
  public static SpanTag[] of(List<WordPiece> pieces, List<Attribution> attributions) {
    SpanTag[] tags = new SpanTag[pieces.size()];
    Arrays.fill(tags, SpanTag.O);
    for (Attribution a : attributions) {
      Span source = a.speakerSpan() != null ? a.speakerSpan() : a.documentSpan();
      mark(tags, pieces, source, SpanRole.SOURCE);
      mark(tags, pieces, a.cueSpan(), SpanRole.CUE);
      for (Span part : a.contentSpans()) {
        mark(tags, pieces, part, SpanRole.CONTENT);
      }
    }
    return tags;
  }

  private static void mark(SpanTag[] tags, List<WordPiece> pieces, Span span, SpanRole role) {
    if (span == null) {
      return;
    }
    int first = firstOverlapping(pieces, span);
    for (int i = first; i < pieces.size() && pieces.get(i).begin() < span.end(); i++) {
      if (tags[i] != SpanTag.O || pieces.get(i).end() <= span.begin()) {
        continue;
      }
      tags[i] =
          i == first || tags[i - 1].role() != role ? SpanTag.begin(role) : SpanTag.inside(role);
    }
  }

  /** The index of the first piece that ends after the span begins (binary search). */
  private static int firstOverlapping(List<WordPiece> pieces, Span span) {
    int low = 0;
    int high = pieces.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (pieces.get(mid).end() <= span.begin()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
