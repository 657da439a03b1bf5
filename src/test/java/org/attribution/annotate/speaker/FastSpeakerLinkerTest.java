package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.FastTestPipeline.attributions;
import static org.attribution.pipeline.FastTestPipeline.only;

import org.attribution.Attribution;
import org.junit.jupiter.api.Test;

class FastSpeakerLinkerTest {

  @Test
  void linksTheNounPhraseBeforeTheCue() {
    assertThat(only("The city's mayor has repeatedly said that the bridge will reopen.").speaker())
        .isEqualTo("The city's mayor");
  }

  @Test
  void linksTheNounPhraseAfterAnInvertedCue() {
    assertThat(only("\u201cThe bridge will reopen,\u201d said Mayor Jane Smith.").speaker())
        .isEqualTo("Mayor Jane Smith");
  }

  @Test
  void linksTheNameBeforeAnApposition() {
    assertThat(only("Jane Smith, the mayor, said that the bridge will reopen.").speaker())
        .isEqualTo("Jane Smith");
  }

  @Test
  void linksTheAntecedentOfWho() {
    assertThat(only("It was Jane Smith who said that the bridge will reopen.").speaker())
        .isEqualTo("Jane Smith");
  }

  @Test
  void linksTheObjectOfAccordingTo() {
    assertThat(only("According to Jane Smith, the bridge will reopen.").speaker())
        .isEqualTo("Jane Smith");
  }

  @Test
  void sharesTheSubjectWithAParticipleCue() {
    assertThat(attributions("Smith said the plan failed, adding that it cost too much."))
        .extracting(Attribution::speaker)
        .containsExactly("Smith", "Smith");
  }

  @Test
  void linksTheWordsBeforeALeadInColon() {
    assertThat(only("The mayor's answer: \u201cWe will rebuild the bridge.\u201d").speaker())
        .isEqualTo("The mayor's answer");
  }

  @Test
  void resolvesAPronounToThePersonNamedBefore() {
    Attribution a =
        attributions("Jane Smith runs the city. She said that the bridge will reopen.").get(0);
    assertThat(a.speaker()).isEqualTo("She");
    assertThat(a.speakerCanonical()).isEqualTo("Jane Smith");
  }
}
