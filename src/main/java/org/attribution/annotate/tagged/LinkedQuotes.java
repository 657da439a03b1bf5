package org.attribution.annotate.tagged;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attribution.Span;
import org.attribution.internal.BinarySearch;

/**
 * The two ways quotes reshape what {@link TaggedSpanLinker} linked: a content that ends in whole
 * quotes one after another ({@code said "A." "B."}) keeps only the first, and a cue that comments
 * on the quote right before it ({@code "A," as Mr. Putin put it}) takes that quote. Needs the
 * text's paired quotes ({@code QuoteMarks.pair}), in text order. Stateless and thread-safe.
 */
final class LinkedQuotes {

  /** What stands between a quote and the cue that comments on it: {@code , as}. */
  private static final Pattern COMMENTING = Pattern.compile("[\\s,]*(?:as|like)\\s*");

  private LinkedQuotes() {}

  /**
   * The attribution, and when its last part ends in whole quotes one after another ({@code said
   * "A." "B."}), that part cut after its first quote, each quote after it continuing the
   * attribution without a cue.
   */
  static List<LinkedSpans> splitTrailingRun(LinkedSpans linked, List<Span> quotes, String text) {
    List<Span> parts = linked.parts();
    Span last = parts.get(parts.size() - 1);
    List<Span> run = new ArrayList<>();
    int at = BinarySearch.first(0, quotes.size(), i -> quotes.get(i).end() > last.begin());
    for (int i = at; i < quotes.size() && last.contains(quotes.get(i)); i++) {
      Span q = quotes.get(i);
      boolean adjacent =
          run.isEmpty() || text.substring(run.get(run.size() - 1).end(), q.begin()).isBlank();
      if (!adjacent) {
        return List.of(linked);
      }
      run.add(q);
    }
    if (run.size() < 2 || !text.substring(run.get(run.size() - 1).end(), last.end()).isBlank()) {
      return List.of(linked);
    }
    List<Span> first = new ArrayList<>(parts.subList(0, parts.size() - 1));
    first.add(Span.of(last.begin(), run.get(0).end()));
    List<LinkedSpans> out =
        new ArrayList<>(List.of(new LinkedSpans(first, linked.cue(), linked.source())));
    for (Span q : run.subList(1, run.size())) {
      out.add(new LinkedSpans(List.of(q), null, linked.source()));
    }
    return out;
  }

  /**
   * The quote right before {@code cue} with {@code as} or {@code like} and the cue's source between
   * ({@code "…realities," as Mr. Putin put it}): the content the cue comments on, nested in another
   * attribution's; null when there is none.
   */
  static Span commentedBy(Span cue, Span source, List<Span> quotes, String text) {
    int after = BinarySearch.first(0, quotes.size(), i -> quotes.get(i).end() > cue.begin());
    if (after == 0) {
      return null;
    }
    Span quote = quotes.get(after - 1);
    String between = text.substring(quote.end(), cue.begin());
    if (source != null && quote.end() <= source.begin() && source.end() <= cue.begin()) {
      between =
          text.substring(quote.end(), source.begin()) + text.substring(source.end(), cue.begin());
    }
    return COMMENTING.matcher(between).matches() ? quote : null;
  }
}
