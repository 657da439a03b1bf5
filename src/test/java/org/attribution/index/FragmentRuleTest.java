package org.attribution.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FragmentRuleTest {

  private static final QuoteWords WHOLE =
      QuoteWords.of(
          "We will not raise energy prices this winter, and every household will get support.");

  private static boolean fragment(String part) {
    return FragmentRule.isFragment(QuoteWords.of(part), WHOLE);
  }

  @Test
  void findsAQuoteCutShortAtEitherEnd() {
    assertThat(fragment("We will not raise energy prices this winter")).isTrue();
    assertThat(fragment("and every household will get support")).isTrue();
    assertThat(fragment("raise energy prices this winter and every")).isTrue();
  }

  @Test
  void findsAnElidedQuote() {
    assertThat(fragment("We will not raise energy prices […] and every household")).isTrue();
    assertThat(fragment("We will […] winter […] support")).isFalse();
    assertThat(fragment("We will not … energy prices this … household will get support")).isTrue();
  }

  @Test
  void needsSixWords() {
    assertThat(fragment("not raise energy prices this")).isFalse();
    assertThat(fragment("not raise energy prices this winter")).isTrue();
  }

  @Test
  void needsTheWordsInTheirOrderAndUnbroken() {
    assertThat(fragment("We will not raise taxes this winter")).isFalse();
    assertThat(fragment("energy prices this winter … We will not raise")).isFalse();
    assertThat(fragment("We will not raise energy prices this summer")).isFalse();
  }

  @Test
  void aWholeIsNotAFragmentOfItsElidedForm() {
    QuoteWords elided = QuoteWords.of("a b c … d e f g");
    QuoteWords full = QuoteWords.of("a b c d e f g");

    assertThat(FragmentRule.isFragment(elided, full)).isTrue();
    assertThat(FragmentRule.isFragment(full, elided)).isFalse();
  }
}
