package org.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quotes(String text) {
    return QuoteMarks.pair(text).stream().map(s -> s.in(text)).toList();
  }

  @Test
  void pairsStraightDoubleQuotes() {
    assertThat(quotes("He said \"we will win\" and \"soon.\""))
        .containsExactly("\"we will win\"", "\"soon.\"");
  }

  @Test
  void pairsCurlyQuotes() {
    assertThat(quotes("She called it a \u201cgood deal,\u201d aides said."))
        .containsExactly("\u201cgood deal,\u201d");
  }

  @Test
  void keepsNestedSingleQuotesInsideTheDoubleQuote() {
    assertThat(quotes("\"They told me 'no way' twice,\" he said."))
        .containsExactly("\"They told me 'no way' twice,\"");
  }

  @Test
  void joinsQuoteRunningOverParagraphs() {
    String text = "He said: \"The first part.\n\n\"The second part.\"\n\nThen he left.";
    assertThat(QuoteMarks.pair(text)).containsExactly(Span.of(9, text.indexOf("\n\nThen")));
  }

  @Test
  void pairsDoubledApostrophesAsQuoteMarks() {
    assertThat(quotes("''It's more tinkering,'' said Alan Cole. ''I wouldn't call it reform.''"))
        .containsExactly("''It's more tinkering,''", "''I wouldn't call it reform.''");
  }

  @Test
  void keepsQuoteWholeAcrossHardWrappedLine() {
    assertThat(quotes("He said \"we will\nwin this\" today.")).containsExactly("\"we will\nwin this\"");
  }

  @Test
  void dropsQuoteLeftOpenAtParagraphEnd() {
    assertThat(quotes("He said \"we will win.\n\nThen \"it\" rained.")).containsExactly("\"it\"");
  }

  @Test
  void dropsStrayClosingMark() {
    assertThat(quotes("Nothing here\u201d but \u201cthis\u201d.")).containsExactly("\u201cthis\u201d");
  }

  @Test
  void survivesTextOfOnlyQuoteMarks() {
    assertThat(QuoteMarks.pair("\"\"\"\"\"\u201c\u201d\u201c")).allSatisfy(s -> assertThat(s.length()).isGreaterThanOrEqualTo(2));
  }

  /** Linear time, counted in character reads rather than timed, so that a busy machine cannot fail it. */
  @Test
  void readsEachCharacterAFewTimesOverHundredsOfThousandsOfUnbalancedOrNestedMarks() {
    CountingText unbalanced = new CountingText("\"Tom said it ".repeat(200_000));
    CountingText nested = new CountingText("He said \"".repeat(100_000) + "stop" + "\"".repeat(100_000));
    CountingText lines = new CountingText("\"open\n".repeat(200_000));
    CountingText blankLines = new CountingText("\"open \n \n".repeat(100_000));

    assertThat(QuoteMarks.pair(unbalanced)).isEmpty();
    String text = nested.toString();
    assertThat(QuoteMarks.pair(nested)).containsExactly(Span.of(text.lastIndexOf(" \"") + 1, text.indexOf("stop\"") + 5));
    assertThat(QuoteMarks.pair(lines)).isEmpty();
    assertThat(QuoteMarks.pair(blankLines)).isEmpty();
    for (CountingText read : List.of(unbalanced, nested, lines, blankLines)) {
      assertThat(read.reads).as("reads of %s characters", read.length()).isLessThanOrEqualTo(8L * read.length());
    }
  }

  /** A text that counts how often its characters are read. */
  private static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int begin, int end) {
      return text.subSequence(begin, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
