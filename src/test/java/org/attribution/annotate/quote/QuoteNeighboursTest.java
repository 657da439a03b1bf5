package org.attribution.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Span;
import org.attribution.annotation.QuotedSpan;
import org.junit.jupiter.api.Test;

class QuoteNeighboursTest {

  private static QuotedSpan quote(String text, String passage) {
    int begin = text.indexOf(passage);
    return new QuotedSpan(
        Span.of(begin, begin + passage.length()), Span.of(begin + 1, begin + passage.length() - 1));
  }

  /** The first occurrence of {@code words} as whole words. */
  private static Span at(String text, String words) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(words) + "\\b").matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException(words);
    }
    return Span.of(m.start(), m.end());
  }

  @Test
  void takesQuoteBeforeSubjectAndCue() {
    String text = "\"Early,\" she said. \"Late,\" he added.";
    List<QuotedSpan> quotes = List.of(quote(text, "\"Early,\""), quote(text, "\"Late,\""));
    assertThat(QuoteNeighbours.quoteBefore(at(text, "he"), at(text, "added"), quotes, text))
        .contains(quotes.get(1).outer());
    assertThat(QuoteNeighbours.quoteBefore(at(text, "she"), at(text, "said"), quotes, text))
        .contains(quotes.get(0).outer());
  }

  @Test
  void takesQuoteRightBeforeCueWithoutSubject() {
    String text = "\"Never,\" said the mayor.";
    List<QuotedSpan> quotes = List.of(quote(text, "\"Never,\""));
    assertThat(QuoteNeighbours.quoteBefore(null, at(text, "said"), quotes, text))
        .contains(quotes.get(0).outer());
  }

  @Test
  void refusesQuoteWithWordsBetween() {
    String text = "\"Never,\" the mayor wrote and later said.";
    List<QuotedSpan> quotes = List.of(quote(text, "\"Never,\""));
    assertThat(QuoteNeighbours.quoteBefore(at(text, "the mayor"), at(text, "said"), quotes, text))
        .isEmpty();
    assertThat(QuoteNeighbours.quoteBefore(null, at(text, "said"), quotes, text)).isEmpty();
  }

  @Test
  void refusesQuoteAfterCue() {
    String text = "She said: \"Never.\"";
    List<QuotedSpan> quotes = List.of(quote(text, "\"Never.\""));
    assertThat(QuoteNeighbours.quoteBefore(at(text, "She"), at(text, "said"), quotes, text))
        .isEmpty();
  }

  @Test
  void findsQuoteAmongManyWithoutVisitingEach() {
    // 20,000 quotes before the cue: the answer is the last one, found by its end alone.
    StringBuilder text = new StringBuilder();
    List<QuotedSpan> quotes = new ArrayList<>();
    appendQuotes(text, quotes, 20_000);
    String t = text.append("\"b,\" he said.").toString();
    QuotedSpan last = quote(t, "\"b,\"");
    quotes.add(last);
    List<QuotedSpan> counted = new CountingList(quotes);
    Optional<Span> found = QuoteNeighbours.quoteBefore(at(t, "he"), at(t, "said"), counted, t);
    assertThat(found).contains(last.outer());
    assertThat(((CountingList) counted).reads).isLessThan(100);
  }

  @Test
  void findsQuotesNextToCuesAndDashesAmongManyWithoutVisitingEach() {
    // 10,000 quotes, then: a quote a cue follows, a dash sign-off, a cue and the quote it
    // introduces.
    StringBuilder text = new StringBuilder();
    List<QuotedSpan> quotes = new ArrayList<>();
    appendQuotes(text, quotes, 10_000);
    String middle = "Then \"b\" - Jones, as he put it, called it \"c\". ";
    quotes.add(quote(text + middle, "\"b\""));
    quotes.add(quote(text + middle, "\"c\""));
    appendQuotes(text.append(middle), quotes, 10_000);
    String t = text.toString();
    Span sentence = Span.of(t.indexOf("Then"), t.indexOf("\"c\". ") + 5);
    CountingList counted = new CountingList(quotes);

    int dash = t.indexOf(" - ") + 1;
    assertThat(QuoteNeighbours.quoteEndingAt(Span.of(dash, dash + 1), counted, t))
        .contains(quotes.get(10_000).outer());
    assertThat(QuoteNeighbours.nearestQuoteBefore(at(t, "put"), counted, sentence))
        .contains(quotes.get(10_000).outer());
    assertThat(QuoteNeighbours.quoteAfter(at(t, "called it"), counted, t))
        .contains(quotes.get(10_001).outer());
    assertThat(counted.reads).isLessThan(150);
  }

  /**
   * Appends {@code count} quotes {@code "a"}, each followed by a word, to the text and the quotes.
   */
  private static void appendQuotes(StringBuilder text, List<QuotedSpan> quotes, int count) {
    for (int i = 0; i < count; i++) {
      int begin = text.length();
      text.append("\"a\" x ");
      quotes.add(new QuotedSpan(Span.of(begin, begin + 3), Span.of(begin + 1, begin + 2)));
    }
  }

  /** A list that counts how many elements are read. */
  private static final class CountingList extends java.util.AbstractList<QuotedSpan> {
    private final List<QuotedSpan> quotes;
    private int reads;

    CountingList(List<QuotedSpan> quotes) {
      this.quotes = quotes;
    }

    @Override
    public QuotedSpan get(int index) {
      reads++;
      return quotes.get(index);
    }

    @Override
    public int size() {
      return quotes.size();
    }
  }
}
