package org.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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

  @Test
  void pairsHundredsOfThousandsOfUnbalancedOrNestedMarksInLinearTime() {
    String unbalanced = "\"Tom said it ".repeat(200_000);
    String nested = "He said \"".repeat(100_000) + "stop" + "\"".repeat(100_000);
    String lines = "\"open\n".repeat(200_000);

    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThat(QuoteMarks.pair(unbalanced)).isEmpty();
      assertThat(QuoteMarks.pair(nested)).containsExactly(Span.of(nested.lastIndexOf(" \"") + 1, nested.indexOf("stop\"") + 5));
      assertThat(QuoteMarks.pair(lines)).isEmpty();
    });
  }
}
