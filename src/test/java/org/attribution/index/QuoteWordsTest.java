package org.attribution.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {

  @Test
  void ignoresCasePunctuationQuoteMarksAndSpacing() {
    QuoteWords straight = QuoteWords.of("\"We will not back down,\" ");
    QuoteWords curly = QuoteWords.of("“we  will NOT back-down.”");

    assertThat(curly.key()).isEqualTo(straight.key()).isEqualTo("we will not back down");
    assertThat(curly.words()).containsExactly(straight.words());
  }

  @Test
  void joinsWordsAcrossApostrophes() {
    assertThat(QuoteWords.of("We don’t know").key())
        .isEqualTo(QuoteWords.of("we don't know").key())
        .isEqualTo("we dont know");
  }

  @Test
  void marksEveryKindOfElisionBetweenWords() {
    for (String text :
        new String[] {"a b […] c d", "a b ... c d", "a b . . . c d", "a b… c d", "a b [...] c d"}) {
      QuoteWords words = QuoteWords.of(text);
      assertThat(words.key()).as(text).isEqualTo("a b … c d");
      assertThat(words.count()).isEqualTo(4);
      assertThat(words.isElided()).isTrue();
    }
  }

  @Test
  void dropsAnElisionAtEitherEnd() {
    QuoteWords words = QuoteWords.of("... and we will win...");

    assertThat(words.key()).isEqualTo("and we will win");
    assertThat(words.isElided()).isFalse();
  }

  @Test
  void keepsShortPhrasesOfDifferentSpeakersApart() {
    QuoteWords phrase = QuoteWords.of("No comment.");

    assertThat(phrase.node("Victor Lamb")).isNotEqualTo(phrase.node("Dana Ortiz"));
    assertThat(phrase.node("Victor Lamb"))
        .isEqualTo(QuoteWords.of("“no comment”").node("Victor Lamb"));
  }

  @Test
  void longerQuotesAreOneNodeWhoeverSaysThem() {
    QuoteWords quote = QuoteWords.of("The bridge will be finished next year.");

    assertThat(quote.node("Tom Reyes"))
        .isEqualTo(quote.node("Lisa Chen"))
        .isEqualTo(quote.node(null));
  }

  @Test
  void shinglesAreSharedByAFragmentAndItsWhole() {
    long[] whole = QuoteWords.of("our hospitals are full and our nurses are exhausted").shingles();
    long[] part = QuoteWords.of("our nurses are exhausted").shingles();
    long[] elided = QuoteWords.of("our hospitals are […] nurses are exhausted").shingles();

    assertThat(whole).hasSize(7).contains(part).contains(elided);
    assertThat(elided).hasSize(2);
  }
}
