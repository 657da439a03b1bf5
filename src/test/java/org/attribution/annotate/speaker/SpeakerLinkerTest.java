package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.attributions;
import static org.attribution.pipeline.TestPipeline.only;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

class SpeakerLinkerTest {

  @Test
  void keepsMarkupOutOfSpeakerName() {
    String text = "Senator <svg/onload=alert(1)> Jones said the vote failed.";
    for (Profile profile : List.of(Profile.ACCURATE, Profile.FAST)) {
      Attribution a =
          AttributionExtractor.builder().profile(profile).build().extractFromText(text).get(0);
      assertThat(a.speaker()).as("%s", profile).isNotBlank().doesNotContain("<", ">", "onload");
      assertThat(a.speakerSpan().in(text)).isEqualTo(a.speaker());
      assertThat(String.valueOf(a.speakerCanonical())).as("%s", profile).doesNotContain("<", ">");
    }
  }

  @Test
  void linksSubjectOfSaid() {
    assertThat(only("The mayor said that the bridge will reopen.").speaker())
        .isEqualTo("The mayor");
  }

  @Test
  void linksSpeakerAfterInvertedSaid() {
    assertThat(only("\"The bridge will reopen,\" said Mayor Jane Smith.").speaker())
        .isEqualTo("Mayor Jane Smith");
  }

  @Test
  void linksSpeakerOfQuoteFirstSentence() {
    assertThat(only("\"The bridge will reopen,\" the mayor said.").speaker())
        .isEqualTo("the mayor");
  }

  @Test
  void linksObjectOfAccordingTo() {
    assertThat(only("According to Jane Smith, the bridge will reopen.").speaker())
        .isEqualTo("Jane Smith");
  }

  @Test
  void linksNameWithItsApposition() {
    Attribution a =
        only(
            "The bridge will reopen, according to Cheng Chin-mo, a specialist at "
                + "Tamkang University.");
    assertThat(a.speaker()).startsWith("Cheng Chin-mo");
    assertThat(a.speakerCanonical()).isEqualTo("Cheng Chin-mo");
  }

  @Test
  void takesSubjectNotObjectOfParticipleAfterComma() {
    Attribution a = only("The governor canceled the rally, citing the attack on the city hall.");
    assertThat(a.cue()).isEqualTo("citing");
    assertThat(a.speaker()).isEqualTo("The governor");
  }

  @Test
  void keepsClosingBracketOfPartyLabel() {
    assertThat(only("Sen. Bernie Sanders (I-Vt.) said that the bridge will reopen.").speaker())
        .isEqualTo("Sen. Bernie Sanders (I-Vt.)");
  }

  @Test
  void sharesSubjectWithParticipleCue() {
    assertThat(attributions("Smith said the plan failed, adding that it cost too much."))
        .extracting(Attribution::speaker)
        .containsExactly("Smith", "Smith");
  }

  @Test
  void sharesSubjectWithVerbCoordinatedAfterQuote() {
    List<Attribution> found =
        attributions(
            "He said the money was \"too little, too late\" and "
                + "accused the government of abandoning farmers.");
    assertThat(found).extracting(Attribution::cue).containsExactly("said", "accused");
    assertThat(found).extracting(Attribution::speaker).containsExactly("He", "He");
    assertThat(found.get(0).content()).isEqualTo("the money was \"too little, too late\"");
  }

  @Test
  void keepsVerbCoordinatedInsideTheClauseWhoseSubjectCanSpeak() {
    assertThat(
            attributions("Smith said the council met on Monday and warned that taxes would rise."))
        .filteredOn(a -> a.cue().equals("warned"))
        .extracting(Attribution::speaker)
        .containsExactly("the council");
  }

  @Test
  void lendsMainSubjectToCueTheParseLeavesWithoutOne() {
    Attribution a =
        only(
            "The candidate, fresh from a win in Iowa and saying that he would win "
                + "New Hampshire, flew east.");
    assertThat(a.cue()).isEqualTo("saying");
    assertThat(a.speaker()).isEqualTo("The candidate");
  }

  @Test
  void linksWordsBeforeLeadInColon() {
    assertThat(only("The mayor's answer: \"We will rebuild the bridge.\"").speaker())
        .isEqualTo("The mayor's answer");
  }

  @Test
  void leavesSpeakerEmptyForPassiveReport() {
    assertThat(only("It was reported that the bridge had collapsed.").speaker()).isNull();
  }

  @Test
  void takesNoSpeakerFromInsideTheQuoteItSpeaks() {
    String text = "Mary Jones, his deputy, disagreed. \"I think the savings are a fantasy.\"";
    int quote = text.indexOf('"');
    assertThat(attributions(text))
        .allSatisfy(
            a ->
                assertThat(a.speakerSpan() == null || a.speakerSpan().end() <= quote)
                    .as("speaker %s outside the quote", a.speaker())
                    .isTrue());
  }
}
