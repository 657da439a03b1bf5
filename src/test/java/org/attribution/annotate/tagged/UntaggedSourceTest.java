package org.attribution.annotate.tagged;

import static org.assertj.core.api.Assertions.assertThat;

import org.attribution.Span;
import org.attribution.internal.ParsedSentence;
import org.attribution.testing.TokenizedText;
import org.junit.jupiter.api.Test;

/** The source words the tagger left out, read off tags given by hand ({@code word/TAG}). */
class UntaggedSourceTest {

  private static ParsedSentence tagged(String words) {
    return ParsedSentence.of(TokenizedText.tagged(words)).get(0);
  }

  private static Span spanOf(ParsedSentence s, String words) {
    String text = s.span().in(textOf(s));
    int begin = text.indexOf(words);
    return Span.of(s.span().begin() + begin, s.span().begin() + begin + words.length());
  }

  private static String textOf(ParsedSentence s) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= s.size(); i++) {
      text.append(i == 1 ? "" : " ").append(s.word(i));
    }
    return text.toString();
  }

  private static String words(ParsedSentence s, Span span) {
    return span == null ? null : span.in(textOf(s));
  }

  @Test
  void runsASourceEndingOnAPrepositionOverTheNounPhraseAfterIt() {
    ParsedSentence s =
        tagged(
            "According/VBG to/IN a/DT report/NN by/IN the/DT state/NN agency/NN ,/, cables/NNS"
                + " show/VBP corrosion/NN ./.");

    Span source = UntaggedSource.completed(s, spanOf(s, "a report by"));

    assertThat(words(s, source)).isEqualTo("a report by the state agency");
  }

  @Test
  void leavesTheSentencesFinalStopOutOfASourceThatEndsIt() {
    ParsedSentence s =
        tagged(
            "\"/`` Rents/NNS rose/VBD ,/, \"/'' said/VBD Maria/NNP Gonzalez/NNP ,/, an/DT"
                + " organizer/NN with/IN Housing/NNP Now/NNP ./.");

    Span source =
        UntaggedSource.completed(s, spanOf(s, "Maria Gonzalez , an organizer with Housing Now ."));

    assertThat(words(s, source)).isEqualTo("Maria Gonzalez , an organizer with Housing Now");
  }

  @Test
  void keepsASourceThatEndsOnItsNoun() {
    ParsedSentence s = tagged("The/DT senator/NN said/VBD it/PRP would/MD pass/VB ./.");

    assertThat(UntaggedSource.completed(s, spanOf(s, "The senator")))
        .isEqualTo(spanOf(s, "The senator"));
  }

  @Test
  void takesTheSubjectBeforeACueVerb() {
    ParsedSentence s = tagged("Protesters/NNS chanted/VBD slogans/NNS ./.");

    Span source = UntaggedSource.subject(s, spanOf(s, "chanted"), spanOf(s, "slogans"));

    assertThat(words(s, source)).isEqualTo("Protesters");
  }

  @Test
  void takesTheSentencesSubjectForAParticipleAfterAComma() {
    ParsedSentence s =
        tagged(
            "The/DT city/NN council/NN postponed/VBD the/DT vote/NN ,/, citing/VBG rising/VBG"
                + " prices/NNS ./.");

    Span source = UntaggedSource.subject(s, spanOf(s, "citing"), spanOf(s, "rising prices"));

    assertThat(words(s, source)).isEqualTo("The city council");
  }

  @Test
  void takesTheSubjectAfterOpeningPhrasesForAParticipleAfterAComma() {
    ParsedSentence s =
        tagged(
            "On/IN Thursday/NNP ,/, however/RB ,/, Trump/NNP spoke/VBD to/TO leaders/NNS ,/,"
                + " promising/VBG cuts/NNS ./.");

    Span source = UntaggedSource.subject(s, spanOf(s, "promising"), spanOf(s, "cuts"));

    assertThat(words(s, source)).isEqualTo("Trump");
  }

  @Test
  void takesTheSubjectBeforeAPrepositionalPhraseForAParticipleAfterAComma() {
    ParsedSentence s =
        tagged(
            "A/DT judge/NN on/IN Friday/NNP halted/VBD the/DT sale/NN ,/, ruling/VBG that/IN"
                + " residents/NNS objected/VBD ./.");

    Span source =
        UntaggedSource.subject(s, spanOf(s, "ruling"), spanOf(s, "that residents objected"));

    assertThat(words(s, source)).isEqualTo("A judge");
  }

  @Test
  void keepsAnOfPhraseInTheSubjectForAParticipleAfterAComma() {
    ParsedSentence s =
        tagged(
            "The/DT mayor/NN of/IN Springfield/NNP closed/VBD the/DT bridge/NN ,/, citing/VBG"
                + " corrosion/NN ./.");

    Span source = UntaggedSource.subject(s, spanOf(s, "citing"), spanOf(s, "corrosion"));

    assertThat(words(s, source)).isEqualTo("The mayor of Springfield");
  }

  @Test
  void givesAPassiveCueNoSubject() {
    ParsedSentence s = tagged("The/DT plan/NN is/VBZ expected/VBN to/TO pass/VB ./.");

    assertThat(UntaggedSource.subject(s, spanOf(s, "is expected"), spanOf(s, "to pass"))).isNull();
  }

  @Test
  void givesNoSubjectThatLiesInTheContent() {
    ParsedSentence s = tagged("Prices/NNS will/MD rise/VB ,/, he/PRP warned/VBD ./.");

    assertThat(UntaggedSource.subject(s, spanOf(s, "rise"), spanOf(s, "Prices will rise")))
        .isNull();
  }
}
