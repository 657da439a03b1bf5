package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.attributions;
import static org.attribution.pipeline.TestPipeline.only;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

class DocumentLinkerTest {

  @Test
  void keepsMarkupOutOfDocumentName() {
    String text = "The company said in a <b>formal</b> statement that profits fell.";
    for (Profile profile : List.of(Profile.ACCURATE, Profile.FAST)) {
      Attribution a =
          AttributionExtractor.builder().profile(profile).build().extractFromText(text).get(0);
      // FAST names no document in this construction; where a profile names one, it holds no markup
      if (profile == Profile.ACCURATE || a.document() != null) {
        assertThat(a.document()).as("%s", profile).isNotBlank().doesNotContain("<", ">");
        assertThat(a.documentSpan().in(text)).isEqualTo(a.document());
      }
    }
  }

  @Test
  void namesStatementAfterAccordingTo() {
    Attribution a = only("According to a Kremlin statement, the talks went well.");
    assertThat(a.document()).isEqualTo("a Kremlin statement");
    assertThat(a.speaker()).isNull();
  }

  @Test
  void namesStatisticsWithTheirModifiers() {
    assertThat(
            only("According to China's customs statistics issued in January, trade rose.")
                .document())
        .isEqualTo("China's customs statistics issued in January");
  }

  @Test
  void namesSummaryAfterAsPerForOtherCue() {
    Attribution a =
        only(
            "The leader promised to deepen ties, as per a meeting summary made "
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
