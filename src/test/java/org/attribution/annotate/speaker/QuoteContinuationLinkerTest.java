package org.attribution.annotate.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.pipeline.TestPipeline.attributions;

import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.Profile;
import org.attribution.annotation.ContentRule;
import org.attribution.lexicon.CueReliability;
import org.attribution.pipeline.AttributionPipeline;
import org.junit.jupiter.api.Test;

class QuoteContinuationLinkerTest {

  @Test
  void continuesPreviousSpeakerInSameParagraph() {
    List<Attribution> found =
        attributions(
            "Jane Smith said that \"the bridge is safe.\" "
                + "\"We inspected every cable twice.\"");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).cue()).isNull();
    assertThat(found.get(1).speaker()).isNull();
    assertThat(found.get(1).speakerCanonical()).isEqualTo("Jane Smith");
  }

  @Test
  void givesContinuationTheConfidenceLearnedForIt() {
    List<Attribution> found =
        attributions(
            "Jane Smith said that \"the bridge is safe.\" "
                + "\"We inspected every cable twice.\"");
    double learned =
        CueReliability.bundled("cue-reliability.tsv")
            .probability(QuoteContinuationLinker.ENTRY, ContentRule.CONTINUATION, false);
    assertThat(found.get(1).confidence()).isEqualTo(learned).isBetween(0.3, 0.9);
  }

  @Test
  void addsNoContinuationWhenTheModelDistrustsThem() {
    CueReliability distrusting =
        CueReliability.of(
            CueReliability.withBackOff(
                Map.of(
                    "say\tCLAUSE",
                    new long[] {50, 50},
                    QuoteContinuationLinker.ENTRY + "\tCONTINUATION",
                    new long[] {1, 100})));
    AttributionPipeline pipeline = AttributionPipeline.create(null, distrusting, Profile.ACCURATE);

    assertThat(
            pipeline.annotate(
                "Jane Smith said that \"the bridge is safe.\" "
                    + "\"We inspected every cable twice.\""))
        .hasSize(1);
  }

  @Test
  void continuesPreviousSpeakerInNextParagraph() {
    List<Attribution> found =
        attributions(
            "Jane Smith said that the bridge is safe.\n\n" + "\"We inspected every cable twice.\"");
    assertThat(found)
        .extracting(Attribution::speakerCanonical)
        .containsExactly("Jane Smith", "Jane Smith");
  }

  @Test
  void stopsTwoParagraphsLater() {
    assertThat(
            attributions(
                "Jane Smith said that the bridge is safe.\n\nThe river rose.\n\n"
                    + "\"We inspected every cable twice.\""))
        .hasSize(1);
  }

  @Test
  void leavesQuoteInsideSentenceUnattributed() {
    assertThat(
            attributions(
                "Jane Smith said that the bridge is safe. Locals nicknamed it the "
                    + "\"iron lady\" of the river."))
        .hasSize(1);
  }
}
