package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.eval.EvalFixtures.attribution;

import org.junit.jupiter.api.Test;

class SpeakerJudgeTest {

  private static final String CONTENT = "'contentSpan': [50, 60]";

  private static EvalAttribution with(String fields) {
    return attribution("{" + CONTENT + (fields.isEmpty() ? "" : ", " + fields) + "}");
  }

  @Test
  void acceptsANameWhoseTokensLieWithinAGoldName() {
    EvalAttribution gold =
        with("'speaker': 'President Xi Jinping', 'speakerCanonical': 'Xi Jinping'");

    assertThat(SpeakerJudge.isCorrect(with("'speakerCanonical': 'Xi'"), gold)).isTrue();
    assertThat(SpeakerJudge.isCorrect(with("'speaker': 'Jinping Xi and aides'"), gold)).isTrue();
    assertThat(SpeakerJudge.isCorrect(with("'speaker': 'Li Qiang'"), gold)).isFalse();
  }

  @Test
  void acceptsASpanOverlappingTheGoldSpeakerOrDocumentSpan() {
    EvalAttribution gold = with("'document': 'a Kremlin statement', 'documentSpan': [10, 29]");

    assertThat(SpeakerJudge.isCorrect(with("'speaker': 'Moscow', 'speakerSpan': [12, 19]"), gold))
        .isTrue();
    assertThat(SpeakerJudge.isCorrect(with("'document': 'Moscow', 'documentSpan': [29, 35]"), gold))
        .isFalse();
  }

  @Test
  void keepsATitleWrittenWithAPeriodAsAToken() {
    EvalAttribution gold = with("'speaker': 'He', 'speakerCanonical': 'Cheng Chin-mo'");

    assertThat(SpeakerJudge.tokens("Mr. Cheng")).containsExactlyInAnyOrder("mr.", "cheng");
    assertThat(SpeakerJudge.isCorrect(with("'speakerCanonical': 'Mr. Cheng'"), gold)).isFalse();
    assertThat(SpeakerJudge.isCorrect(with("'speakerCanonical': 'Mr Cheng'"), gold)).isTrue();
  }

  @Test
  void tokensAreLowerCasedWithTitlesAndPossessivesDropped() {
    assertThat(SpeakerJudge.tokens("The Secretary of State of the U.S")).isEmpty();
    assertThat(SpeakerJudge.tokens("China\u2019s foreign ministry"))
        .containsExactlyInAnyOrder("china", "foreign", "ministry");
    assertThat(SpeakerJudge.tokens("U.S. officials"))
        .containsExactlyInAnyOrder("u.s.", "officials");
  }

  @Test
  void requiresNoSourceWhenGoldHasNone() {
    EvalAttribution gold = with("'speaker': null");

    assertThat(SpeakerJudge.isCorrect(with(""), gold)).isTrue();
    assertThat(SpeakerJudge.isCorrect(with("'speakerCanonical': 'Weather Men'"), gold)).isFalse();
  }

  @Test
  void treatsEmptyNamesAsNoName() {
    EvalAttribution gold = with("'speaker': '', 'document': ''");

    assertThat(SpeakerJudge.isCorrect(with("'speakerCanonical': ''"), gold)).isTrue();
    assertThat(SpeakerJudge.isCorrect(with("'document': 'a report'"), gold)).isFalse();
  }

  @Test
  void rejectsAPredictionWhoseNamesHaveOnlyTitles() {
    EvalAttribution gold = with("'speaker': 'the president', 'speakerCanonical': 'Joe Biden'");

    assertThat(SpeakerJudge.isCorrect(with("'speaker': 'The President'"), gold)).isFalse();
  }
}
