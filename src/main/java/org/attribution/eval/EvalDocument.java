package org.attribution.eval;

import java.util.Comparator;
import java.util.List;

/**
 * One document of an evaluation file: its id, its text when the file carries it, and its
 * attributions in file order.
 *
 * <p>Immutable and thread-safe.
 */
record EvalDocument(String id, String text, List<EvalAttribution> attributions) {

  /** Characters trimmed from both ends of a span before spans are compared. */
  private static final String TRIM = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb \t\n\r.,;:!?\u00a0";

  EvalDocument {
    attributions = List.copyOf(attributions);
  }

  /**
   * The span with quote marks, spaces and punctuation removed from both ends, measured in this
   * document's text; the span unchanged when the document has no text.
   */
  CharSpan trimmed(CharSpan span) {
    if (text == null) {
      return span;
    }
    int b = span.begin();
    int e = span.end();
    while (b < e && isTrimmed(charAt(b))) {
      b++;
    }
    while (e > b && isTrimmed(charAt(e - 1))) {
      e--;
    }
    return new CharSpan(b, e);
  }

  /**
   * The content's parts (see {@link EvalAttribution#parts()}), each trimmed, the non-empty ones in
   * text order; the trimmed content span when no part is left.
   */
  List<CharSpan> trimmedParts(EvalAttribution a) {
    List<CharSpan> parts =
        a.parts().stream()
            .map(this::trimmed)
            .filter(CharSpan::isProper)
            .sorted(Comparator.comparingInt(CharSpan::begin).thenComparingInt(CharSpan::end))
            .toList();
    return parts.isEmpty() ? List.of(trimmed(a.contentSpan())) : parts;
  }

  private char charAt(int index) {
    if (index >= text.length()) {
      throw new IllegalArgumentException(
          "document "
              + id
              + ": offset "
              + index
              + " lies beyond its text of "
              + text.length()
              + " characters");
    }
    return text.charAt(index);
  }

  private static boolean isTrimmed(char c) {
    return TRIM.indexOf(c) >= 0;
  }
}
