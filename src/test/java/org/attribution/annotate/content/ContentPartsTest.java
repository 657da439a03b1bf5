package org.attribution.annotate.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Span;
import org.attribution.pipeline.FastTestPipeline;
import org.attribution.pipeline.TestPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Contents in parts, in both profiles: the frame that interrupts a content is in no part. */
class ContentPartsTest {

  enum Profile {
    ACCURATE(TestPipeline::only),
    FAST(FastTestPipeline::only);

    final Function<String, Attribution> only;

    Profile(Function<String, Attribution> only) {
      this.only = only;
    }
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void splitsQuoteInterruptedBySpeakerAfterCue(Profile profile) {
    String text = "\"This is a betrayal,\" said Maria Lopez. \"We will take this to court.\"";
    Attribution a = profile.only.apply(text);
    assertThat(parts(a, text))
        .containsExactly("This is a betrayal,", "We will take this to court.");
    assertThat(a.content()).isEqualTo("This is a betrayal, We will take this to court.");
    assertThat(a.contentSpan()).isEqualTo(Span.of(1, text.length() - 1));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void splitsQuoteInterruptedBySubjectAndCue(Profile profile) {
    String text = "\"Every time you say that,\" Warren said, \"you give ammunition to the banks.\"";
    assertThat(parts(profile.only.apply(text), text))
        .containsExactly("Every time you say that,", "you give ammunition to the banks.");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void splitsClauseTheCueCuts(Profile profile) {
    String text = "The failings, the report said, are outweighed by the gains.";
    Attribution a = profile.only.apply(text);
    assertThat(parts(a, text)).containsExactly("The failings", "are outweighed by the gains");
    assertThat(a.content()).isEqualTo("The failings are outweighed by the gains");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void keepsContentBeforeItsCueInOnePart(Profile profile) {
    String text = "The bridge will reopen in May, the mayor said.";
    assertThat(profile.only.apply(text).contentSpans()).hasSize(1);
  }

  private static List<String> parts(Attribution a, String text) {
    assertThat(a.contentSpans()).noneMatch(p -> a.cueSpan() != null && p.overlaps(a.cueSpan()));
    assertThat(a.contentSpans())
        .noneMatch(p -> a.speakerSpan() != null && p.overlaps(a.speakerSpan()));
    return a.contentSpans().stream().map(p -> p.in(text)).toList();
  }
}
