package org.attribution.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.attributions;
import static org.attribution.pipeline.TestPipeline.only;

import org.attribution.Attribution;
import org.junit.jupiter.api.Test;

class DocumentLinkerTest {

  @Test
  void namesStatementAfterAccordingTo() {
    Attribution a = only("According to a Kremlin statement, the talks went well.");
    assertThat(a.document()).isEqualTo("a Kremlin statement");
    assertThat(a.speaker()).isNull();
  }

  @Test
  void namesStatisticsWithTheirModifiers() {
    assertThat(only("According to China's customs statistics issued in January, trade rose.").document())
        .isEqualTo("China's customs statistics issued in January");
  }

  @Test
  void namesSummaryAfterAsPerForOtherCue() {
    Attribution a = only("The leader promised to deepen ties, as per a meeting summary made "
        + "public by the foreign ministry.");
    assertThat(a.speaker()).isEqualTo("The leader");
    assertThat(a.document()).isEqualTo("a meeting summary made public by the foreign ministry");
  }

  @Test
  void namesStatementTheCueWasSaidIn() {
    assertThat(only("The company said in a statement that profits fell.").document())
        .isEqualTo("a statement");
  }

  @Test
  void namesStatementOpeningTheSentence() {
    Attribution a = only("In a statement, the ministry said that talks would resume.");
    assertThat(a.document()).isEqualTo("a statement");
    assertThat(a.speaker()).isEqualTo("the ministry");
  }

  @Test
  void leavesPersonAfterAccordingToAsSpeaker() {
    assertThat(attributions("According to Jane Smith, the talks went well."))
        .extracting(Attribution::document)
        .containsOnlyNulls();
  }
}
