package org.attribution.annotate.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.Span;
import org.attribution.internal.WebNoise;
import org.attribution.pipeline.FastTestPipeline;
import org.attribution.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

/** Page furniture is never a speaker nor a content, in either profile. */
class WebNoiseFilterTest {

  private static List<List<Attribution>> both(String text) {
    return List.of(TestPipeline.attributions(text), FastTestPipeline.attributions(text));
  }

  @Test
  void ignoresReadMoreLabel() {
    assertThat(
            both(
                "The mayor said the bridge will reopen.\n\nREAD MORE: Council votes to close library\n"))
        .allSatisfy(
            found ->
                assertThat(found)
                    .extracting(Attribution::content)
                    .containsExactly("the bridge will reopen"));
  }

  @Test
  void ignoresWatchLabel() {
    assertThat(both("WATCH: Mayor says bridge will reopen in May\n"))
        .allSatisfy(found -> assertThat(found).isEmpty());
  }

  @Test
  void findsBylines() {
    assertThat(WebNoise.in("By Jane Doe\n")).isNotEmpty();
    assertThat(WebNoise.in("Jane Doe | Reuters\n")).isNotEmpty();
  }

  @Test
  void findsPhotoCaptions() {
    assertThat(WebNoise.in("The mayor spoke. (Photo: John Smith/Reuters)")).isNotEmpty();
    assertThat(WebNoise.in("Photograph: Jane Doe for The Guardian\n")).isNotEmpty();
  }

  @Test
  void ignoresPhotoCaptionAsContent() {
    assertThat(both("(Photo: Mayor Ann Lee says the bridge will reopen)"))
        .allSatisfy(found -> assertThat(found).isEmpty());
  }

  @Test
  void leavesDatelineOutOfContent() {
    String text = "WASHINGTON (Reuters) - The bridge will reopen in May, the mayor said.";
    Span dateline = Span.of(0, text.indexOf(" The"));
    assertThat(both(text))
        .allSatisfy(
            found ->
                assertThat(found)
                    .noneMatch(
                        a ->
                            a.contentSpan().overlaps(dateline)
                                || (a.speakerSpan() != null
                                    && a.speakerSpan().overlaps(dateline))));
    assertThat(FastTestPipeline.only(text).content()).isEqualTo("The bridge will reopen in May");
  }

  @Test
  void findsDatelines() {
    assertThat(WebNoise.in("OTTAWA \u2014 The minister said the talks failed.")).isNotEmpty();
  }

  @Test
  void leavesAColonDatelineOutOfSpeakersAndContents() {
    String text =
        "Potholes to be fixed\n\nMUMBAI: The civic body will repair 200 potholes before the"
            + " monsoon, officials said on Monday.\n";
    Span dateline = Span.of(text.indexOf("MUMBAI"), text.indexOf(" The"));
    assertThat(both(text))
        .allSatisfy(
            found ->
                assertThat(found)
                    .singleElement()
                    .satisfies(
                        a -> {
                          assertThat(a.speaker()).isEqualTo("officials");
                          assertThat(a.contentSpan().overlaps(dateline)).isFalse();
                        }));
  }

  @Test
  void keepsTranscriptSpeakerLabels() {
    assertThat(
            WebNoise.in(
                "MODERATOR: What would you do first?\n\nPENCE: Well, I think the plan will"
                    + " work.\n"))
        .isEmpty();
  }

  @Test
  void keepsACapitalLabelPastTheFirstLinesAsALabel() {
    assertThat(
            WebNoise.in(
                "Debate night\n\nThe candidates met on Tuesday.\n\nThey spoke for an"
                    + " hour.\n\nPENCE: Well, I think the plan will work.\n"))
        .isEmpty();
  }
}
