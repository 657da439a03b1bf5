package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.FastTestPipeline.attributions;
import static org.attribution.pipeline.FastTestPipeline.only;

import org.attribution.Attribution;
import org.junit.jupiter.api.Test;

/**
 * A comment clause gives its quote a speaker; words that only look like one give none. Every
 * profile runs the stage; EveryProfileContractTest runs the main constructions in each.
 */
class CommentClauseLinkerTest {

  @Test
  void linksTheSpeakerOfAsSheSaidAfterAQuote() {
    Attribution a =
        only("The plan is \u201cdead in the water,\u201d as Ms. Rivera said on Tuesday.");
    assertThat(a.content()).isEqualTo("dead in the water,");
    assertThat(a.speaker()).isEqualTo("Ms. Rivera");
    assertThat(a.cue()).isEqualTo("said");
  }

  @Test
  void linksTheSpeakerOfAsHeWroteBeforeAQuote() {
    Attribution a =
        only("As the mayor wrote in a letter: \u201cThe council is out of its depth.\u201d");
    assertThat(a.content()).isEqualTo("The council is out of its depth.");
    assertThat(a.speaker()).isEqualTo("the mayor");
  }

  @Test
  void givesNoSpeakerForAsMuchAsSheSaid() {
    assertThat(attributions("The rise was \u201cnot enough,\u201d as much as she said so."))
        .extracting(Attribution::speaker)
        .doesNotContain("much as she");
  }

  @Test
  void givesNoSpeakerForAsExpected() {
    assertThat(attributions("The vote went \u201cthe right way,\u201d as expected."))
        .extracting(Attribution::speaker)
        .containsOnlyNulls();
  }
}
