package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.attribution.pipeline.AttributionPipeline;
import org.attribution.pipeline.ProfilePipelines;
import org.attribution.testing.AttributionInvariants;
import org.attribution.testing.CpuBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text a hostile page or a broken crawl can hold, in every profile: what is found stays
 * proportional to the text, and the work stays far within a processor-time budget that only a cost
 * growing faster than the text could exceed.
 */
class HostileTextTest {

  private static final CpuBudget BUDGET = CpuBudget.of(Duration.ofSeconds(60));

  /** The characters of all contents found, counted once per attribution. */
  private static long contentChars(List<Attribution> found) {
    return found.stream().mapToLong(a -> a.content().length()).sum();
  }

  /**
   * One paragraph of cues and quotes that never close: in FAST each cue took the rest of the
   * paragraph as its content, 14,500,000 characters of content for these 29,000 of text.
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void keepsOutputProportionalToARunOfUnclosedQuotes(Profile profile) throws Exception {
    String text = "He said \u201cthis will never end ".repeat(1000);
    AttributionPipeline pipeline = ProfilePipelines.of(profile);
    List<Attribution> found = BUDGET.run(() -> pipeline.annotate(text));
    AttributionInvariants.assertHold(text, found);
    assertThat(contentChars(found)).isLessThanOrEqualTo(2L * text.length());
  }
}
