package org.attribution.annotate.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.cueWords;
import static org.attribution.pipeline.TestPipeline.only;
import static org.attribution.pipeline.TestPipeline.run;

import org.attribution.CueKind;
import org.attribution.annotation.AttributionAnnotations.CuesAnnotation;
import org.attribution.annotation.Cue;
import org.junit.jupiter.api.Test;

class CueAnnotatorTest {

  @Test
  void findsSpeechVerbInEveryTense() {
    assertThat(
            cueWords(
                "Smith says taxes will rise. Jones said they would not. Brown has said "
                    + "they might. Lee was saying they could."))
        .containsExactly("says", "said", "said", "saying");
  }

  @Test
  void findsCueInPassiveVoice() {
    assertThat(only("It was announced that the plant will close in June.").cue())
        .isEqualTo("was announced");
  }

  @Test
  void findsToldAddedWarnedInsisted() {
    assertThat(
            cueWords(
                "Ann told reporters that it worked. Bo added that it was cheap. "
                    + "Cy warned that it would break. Di insisted that it would not."))
        .containsExactly("told", "added", "warned", "insisted");
  }

  @Test
  void findsInformedReporters() {
    assertThat(only("The minister informed reporters that the talks had failed.").cue())
        .isEqualTo("informed");
  }

  @Test
  void findsPointedOutAsOneCue() {
    assertThat(cueWords("She pointed out that the budget was late."))
        .containsExactly("pointed out");
  }

  @Test
  void findsAccordingTo() {
    assertThat(cueWords("According to the mayor, the bridge will reopen in May."))
        .containsExactly("According to");
  }

  @Test
  void findsAsPer() {
    assertThat(cueWords("The plant will close in June, as per a company statement."))
        .contains("as per");
  }

  @Test
  void findsPutIt() {
    assertThat(cueWords("The deal is \"a historic step,\" as the senator put it."))
        .containsExactly("put it");
  }

  @Test
  void findsReferredToAs() {
    assertThat(cueWords("The governor referred to the plan as a \"disaster\" on Monday."))
        .containsExactly("referred to");
    assertThat(cueWords("It was a plan the governor referred to as \"a disaster.\""))
        .containsExactly("referred to as");
  }

  @Test
  void findsColonLeadIn() {
    var cues = run("The mayor's answer: \"We will rebuild the bridge.\"").get(CuesAnnotation.class);
    assertThat(cues).extracting(Cue::role).containsExactly(Cue.Role.COLON);
  }

  @Test
  void keepsClaimCuesApartFromSpeech() {
    var cues =
        run("Polls show that voters are tired. The study found that prices rose. "
                + "She believes that the law is unfair. He said it was late.")
            .get(CuesAnnotation.class);
    assertThat(cues)
        .extracting(Cue::kind)
        .containsExactly(CueKind.CLAIM, CueKind.CLAIM, CueKind.CLAIM, CueKind.SPEECH);
  }

  @Test
  void ignoresCueWordUsedAsNoun() {
    assertThat(cueWords("The report had the final say on the budget.")).isEmpty();
  }

  @Test
  void findsSignOffDashAfterQuote() {
    var cues =
        run("\u201cWe will rebuild the bridge.\u201d \u2015 Carla Sanchez")
            .get(CuesAnnotation.class);
    assertThat(cues).extracting(Cue::role).containsExactly(Cue.Role.SIGN_OFF);
  }

  @Test
  void ignoresDashBeforeNameWithQuoteLaterInText() {
    assertThat(
            cueWords(
                "The vote \u2015 Carla Sanchez said nothing \u2015 ended. \"Fine,\" she said."))
        .doesNotContain("\u2015");
  }

  @Test
  void findsLabelledTranscriptLine() {
    var cues = run("PENCE: Well, look, the debate will go on.").get(CuesAnnotation.class);
    assertThat(cues).extracting(Cue::role).contains(Cue.Role.COLON);
  }

  @Test
  void findsOpenCueOutsideLexicon() {
    var cues = run("The senator realized that the bill was unfair.").get(CuesAnnotation.class);
    assertThat(cues).extracting(Cue::entry).containsExactly(CueAnnotator.OPEN + "realize");
  }

  @Test
  void findsOpenCueBeforeThatWithoutAParse() {
    var cues =
        org.attribution.pipeline.FastTestPipeline.run(
                "The senator realized that the bill was unfair.")
            .get(CuesAnnotation.class);
    assertThat(cues).extracting(Cue::entry).containsExactly(CueAnnotator.OPEN + "realize");
  }
}
