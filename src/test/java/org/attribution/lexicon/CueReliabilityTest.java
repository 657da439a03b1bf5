package org.attribution.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.Map;
import org.attribution.pipeline.ContentRule;
import org.junit.jupiter.api.Test;

class CueReliabilityTest {

  private static final CueReliability MODEL = CueReliability.of(CueReliability.withBackOff(Map.of(
      CueReliability.key("say", ContentRule.CLAUSE), new long[] {90, 100},
      CueReliability.key("think", ContentRule.CLAUSE), new long[] {1, 20},
      CueReliability.key("~realize", ContentRule.CLAUSE), new long[] {4, 10})));

  @Test
  void trustsOftenRightCueNearItsRate() {
    assertThat(MODEL.probability("say", ContentRule.CLAUSE)).isCloseTo(0.88, within(0.02));
  }

  @Test
  void distrustsSeldomRightCue() {
    assertThat(MODEL.probability("think", ContentRule.CLAUSE)).isLessThan(0.2);
  }

  @Test
  void backsOffToRuleRateForUnseenEntry() {
    double rule = MODEL.probability("unseen", ContentRule.CLAUSE);
    assertThat(rule).isCloseTo(95.0 / 130, within(0.02));
  }

  @Test
  void backsOffToOpenVerbRateForUnseenOpenVerb() {
    assertThat(MODEL.probability("~suppose", ContentRule.CLAUSE))
        .isLessThan(MODEL.probability("unseen", ContentRule.CLAUSE));
  }

  @Test
  void givesOneWhenUninformed() {
    assertThat(CueReliability.uninformed().probability("say", ContentRule.OBJECT)).isEqualTo(1.0);
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    StringWriter out = new StringWriter();
    MODEL.write(out, "a header\nof two lines");
    CueReliability read = CueReliability.parse(out.toString());
    assertThat(read.probability("think", ContentRule.CLAUSE))
        .isEqualTo(MODEL.probability("think", ContentRule.CLAUSE));
    assertThat(out.toString()).startsWith("# a header\n# of two lines\n");
  }
}
