package org.attribution.annotate.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.attributions;
import static org.attribution.pipeline.TestPipeline.only;

import org.attribution.Attribution;
import org.junit.jupiter.api.Test;

class AttributionAssemblerTest {

  @Test
  void quotesCueWithItsAuxiliaryAndAdverb() {
    assertThat(only("The mayor has also said that the bridge will reopen.").cue())
        .isEqualTo("has also said");
  }

  @Test
  void quotesNegatedCueWithItsNegation() {
    assertThat(only("The mayor did not deny that the bridge will reopen.").cue())
        .isEqualTo("did not deny");
  }

  @Test
  void quotesVerbThatAnInfinitiveCueCompletes() {
    assertThat(only("The mayor went on to say that the bridge will reopen.").cue())
        .isEqualTo("went on to say");
  }

  @Test
  void leavesNounMistaggedAsVerbOutOfCue() {
    assertThat(only("Trump took to the talk shows to defend his praise of the president.").cue())
        .isEqualTo("to defend");
  }

  @Test
  void leavesSubjectOutOfCue() {
    assertThat(only("\"The bridge will reopen,\" he said.").cue()).isEqualTo("said");
  }

  @Test
  void keepsMoreConfidentCueOfSameContent() {
    assertThat(attributions("According to the mayor, officials said that the bridge will reopen."))
        .extracting(Attribution::content)
        .doesNotHaveDuplicates();
  }
}
