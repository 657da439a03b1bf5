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
    assertThat(quotes("He said \"we will\nwin this\" today."))
        .containsExactly("\"we will\nwin this\"");
  }

  @Test
  void endsQuoteLeftOpenAtItsParagraphsEnd() {
    assertThat(quotes("He said \"we will win.\n\nThen \"it\" rained."))
        .containsExactly("\"we will win.", "\"it\"");
  }

  @Test
  void dropsStrayClosingMark() {
    assertThat(quotes("Nothing here\u201d but \u201cthis\u201d."))
        .containsExactly("\u201cthis\u201d");
  }

  @Test
  void survivesTextOfOnlyQuoteMarks() {
    assertThat(QuoteMarks.pair("\"\"\"\"\"\u201c\u201d\u201c"))
        .allSatisfy(s -> assertThat(s.length()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void findsSingleQuotedSpeech() {
    assertThat(quotes("'We will not back down,' she told the BBC."))
        .containsExactly("'We will not back down,'");
  }

  @Test
  void findsCurlySingleQuotedSpeech() {
    assertThat(quotes("\u2018We will not back down,\u2019 she told the BBC."))
        .containsExactly("\u2018We will not back down,\u2019");
  }

  @Test
  void findsGuillemetQuotedSpeech() {
    assertThat(quotes("\u00abNous gagnerons,\u00bb he said, and \u2039so\u203a it went."))
        .containsExactly("\u00abNous gagnerons,\u00bb", "\u2039so\u203a");
  }

  @Test
  void keepsDoubleQuoteNestedInSingleQuote() {
    assertThat(quotes("'He said \"never\" to me,' she said."))
        .containsExactly("'He said \"never\" to me,'");
  }

  @Test
  void keepsCurlySingleQuoteNestedInCurlyDoubleQuote() {
    assertThat(quotes("\u201cThey called it \u2018a farce,\u2019 and left,\u201d he said."))
        .containsExactly("\u201cThey called it \u2018a farce,\u2019 and left,\u201d");
  }

  @Test
  void ignoresApostropheInsideWord() {
    assertThat(quotes("She said she don't know and won\u2019t ask.")).isEmpty();
  }

  @Test
  void ignoresApostropheOfDecade() {
    assertThat(quotes("Prices have not been this high since the '90s, she said.")).isEmpty();
    assertThat(quotes("Prices have not been this high since the \u201990s, she said.")).isEmpty();
  }

  @Test
  void ignoresApostrophesOfElision() {
    assertThat(quotes("He played rock 'n' roll and told 'em to leave.")).isEmpty();
  }

  @Test
  void ignoresApostropheOfPluralPossessive() {
    assertThat(quotes("'We met at the Joneses' house,' he said."))
        .containsExactly("'We met at the Joneses' house,'");
    assertThat(quotes("The Joneses' house was sold.")).isEmpty();
  }

  @Test
  void continuesQuoteIntoParagraphOpeningWithAQuoteMark() {
    String text =
        "She said: \u2018The first part.\n\n\u2018The second part.\u2019\n\nThen she left.";
    assertThat(quotes(text))
        .containsExactly("\u2018The first part.\n\n\u2018The second part.\u2019");
  }

  /**
   * Linear time, counted in character reads rather than timed, so that a busy machine cannot fail
   * it.
   */
  @Test
  void readsEachCharacterAFewTimesOverHundredsOfThousandsOfUnbalancedOrNestedMarks() {
    CountingText unbalanced = new CountingText("\"Tom said it ".repeat(200_000));
    CountingText nested =
        new CountingText("He said \"".repeat(100_000) + "stop" + "\"".repeat(100_000));
    CountingText lines = new CountingText("\"open\n".repeat(200_000));
    CountingText blankLines = new CountingText("\"open \n \n".repeat(100_000));

    int length = unbalanced.length();
    assertThat(QuoteMarks.pair(unbalanced)).containsExactly(Span.of(length - 13, length - 1));
    String text = nested.toString();
    assertThat(QuoteMarks.pair(nested))
        .containsExactly(Span.of(text.lastIndexOf(" \"") + 1, text.indexOf("stop\"") + 5));
    assertThat(QuoteMarks.pair(lines))
        .containsExactly(Span.of(lines.length() - 6, lines.length() - 1));
    QuoteMarks.pair(blankLines);
    for (CountingText read : List.of(unbalanced, nested, lines, blankLines)) {
      assertThat(read.reads)
          .as("reads of %s characters", read.length())
          .isLessThanOrEqualTo(8L * read.length());
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
