package org.attribution.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.attributions;

import java.util.List;
import org.attribution.Attribution;
import org.junit.jupiter.api.Test;

class QuoteContinuationLinkerTest {

  @Test
  void continuesPreviousSpeakerInSameParagraph() {
    List<Attribution> found = attributions("Jane Smith said that \"the bridge is safe.\" "
        + "\"We inspected every cable twice.\"");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).cue()).isNull();
    assertThat(found.get(1).speaker()).isNull();
    assertThat(found.get(1).speakerCanonical()).isEqualTo("Jane Smith");
  }

  @Test
  void continuesPreviousSpeakerInNextParagraph() {
    List<Attribution> found = attributions("Jane Smith said that the bridge is safe.\n\n"
        + "\"We inspected every cable twice.\"");
    assertThat(found).extracting(Attribution::speakerCanonical).containsExactly("Jane Smith", "Jane Smith");
  }

  @Test
  void stopsTwoParagraphsLater() {
    assertThat(attributions("Jane Smith said that the bridge is safe.\n\nThe river rose.\n\n"
        + "\"We inspected every cable twice.\"")).hasSize(1);
  }

  @Test
  void leavesQuoteInsideSentenceUnattributed() {
    assertThat(attributions("Jane Smith said that the bridge is safe. Locals nicknamed it the "
        + "\"iron lady\" of the river.")).hasSize(1);
  }
}
