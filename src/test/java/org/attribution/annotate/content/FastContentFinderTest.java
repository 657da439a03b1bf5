package org.attribution.annotate.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.FastTestPipeline.attributions;
import static org.attribution.pipeline.FastTestPipeline.only;

import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.junit.jupiter.api.Test;

class FastContentFinderTest {

  @Test
  void takesTheRestOfTheSentenceAfterSaidThat() {
    Attribution a = only("The mayor said that the bridge will reopen in May.");
    assertThat(a.content()).isEqualTo("that the bridge will reopen in May");
    assertThat(a.type()).isEqualTo(AttributionType.INDIRECT);
  }

  @Test
  void takesAClauseWithoutThat() {
    assertThat(only("The mayor said the bridge will reopen in May.").content())
        .isEqualTo("the bridge will reopen in May");
  }

  @Test
  void findsThatAfterAnObjectOfTheCue() {
    assertThat(only("The mayor told reporters on Monday that the bridge will reopen.").content())
        .isEqualTo("that the bridge will reopen");
  }

  @Test
  void takesWhatStandsBeforeTheCommaOfAFinalCue() {
    assertThat(only("The bridge will reopen in May, the mayor said.").content())
        .isEqualTo("The bridge will reopen in May");
  }

  @Test
  void takesWhatStandsBeforeTheCommaOfAnInvertedCue() {
    assertThat(only("The bridge will reopen in May, said Jane Smith.").content())
        .isEqualTo("The bridge will reopen in May");
  }

  @Test
  void takesTheClauseAfterAccordingTo() {
    assertThat(only("According to the mayor, the bridge will reopen in May.").content())
        .isEqualTo("the bridge will reopen in May");
  }

  @Test
  void takesTheClauseBeforeAFinalAccordingTo() {
    assertThat(only("The bridge will reopen in May, according to the mayor.").content())
        .isEqualTo("The bridge will reopen in May");
  }

  @Test
  void takesTheQuoteBeforeTheCueAndItsSubject() {
    Attribution a = only("\u201cWe will rebuild the bridge,\u201d the mayor said.");
    assertThat(a.content()).isEqualTo("We will rebuild the bridge,");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }

  @Test
  void takesTheQuoteAfterTheCue() {
    Attribution a = only("The mayor said: \u201cWe will rebuild the bridge.\u201d");
    assertThat(a.content()).isEqualTo("We will rebuild the bridge.");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }

  @Test
  void marksAClauseThatEmbedsAQuoteAsMixed() {
    Attribution a = only("The mayor said the bridge was \u201ca disgrace\u201d and must go.");
    assertThat(a.type()).isEqualTo(AttributionType.MIXED);
    assertThat(a.content()).isEqualTo("the bridge was \u201ca disgrace\u201d and must go");
  }

  @Test
  void findsNoContentForACueWithNothingToAttribute() {
    assertThat(attributions("The mayor said nothing.")).isEmpty();
  }
}
