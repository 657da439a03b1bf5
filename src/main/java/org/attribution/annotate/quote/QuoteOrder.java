package org.attribution.annotate.quote;

import java.util.List;
import org.attribution.Span;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.BinarySearch;

/**
 * Binary searches over a document's quotes, which are in text order without overlaps, so that both
 * their begins and their ends ascend: the quote nearest a cue is found in time logarithmic in the
 * number of quotes, where a scan per cue would make a quote-dense text cost quadratic time.
 * Stateless and thread-safe.
 */
public final class QuoteOrder {

  private QuoteOrder() {}

  /** The index of the first quote at or after {@code from} that ends at or after {@code offset}. */
  static int firstEndingFrom(List<QuotedSpan> quotes, int offset, int from) {
    return BinarySearch.first(from, quotes.size(), i -> quotes.get(i).outer().end() >= offset);
  }

  /**
   * The index of the first quote that begins at or after {@code offset}; the count when none does.
   */
  static int firstBeginningFrom(List<QuotedSpan> quotes, int offset) {
    return BinarySearch.first(0, quotes.size(), i -> quotes.get(i).outer().begin() >= offset);
  }

  /** The first quote that begins at or after {@code offset}, or null. */
  public static QuotedSpan firstFrom(List<QuotedSpan> quotes, int offset) {
    int i = firstBeginningFrom(quotes, offset);
    return i < quotes.size() ? quotes.get(i) : null;
  }

  /** The last quote that ends at or before {@code offset}, or null. */
  public static QuotedSpan lastEndingBy(List<QuotedSpan> quotes, int offset) {
    int i = firstEndingFrom(quotes, offset + 1, 0) - 1;
    return i >= 0 ? quotes.get(i) : null;
  }

  /**
   * The one quote whose marks may enclose {@code span}: the last that begins at or before it; or
   * null.
   */
  public static QuotedSpan around(List<QuotedSpan> quotes, Span span) {
    int i = firstBeginningFrom(quotes, span.begin() + 1) - 1;
    return i >= 0 ? quotes.get(i) : null;
  }

  /**
   * The quotes that may overlap {@code span}, in text order: those that end after it begins and
   * begin before it ends.
   */
  public static List<QuotedSpan> near(List<QuotedSpan> quotes, Span span) {
    int first = firstEndingFrom(quotes, span.begin() + 1, 0);
    int last = Math.max(first, firstBeginningFrom(quotes, span.end()));
    return quotes.subList(first, last);
  }
}
