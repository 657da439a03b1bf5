package org.attribution.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.Map;
import org.attribution.annotation.ContentRule;
import org.junit.jupiter.api.Test;

class CueReliabilityTest {

  private static final CueReliability MODEL =
      CueReliability.of(
          CueReliability.withBackOff(
              Map.of(
                  CueReliability.key("say", ContentRule.CLAUSE, false), new long[] {90, 100},
                  CueReliability.key("think", ContentRule.CLAUSE, false), new long[] {1, 20},
                  CueReliability.key("~realize", ContentRule.CLAUSE, false), new long[] {4, 10},
                  CueReliability.key("~take", ContentRule.CLAUSE, true), new long[] {1, 40})));

  @Test
  void trustsOftenRightCueNearItsRate() {
    assertThat(MODEL.probability("say", ContentRule.CLAUSE, false)).isCloseTo(0.88, within(0.02));
  }

  @Test
  void distrustsSeldomRightCue() {
    assertThat(MODEL.probability("think", ContentRule.CLAUSE, false)).isLessThan(0.2);
  }

  @Test
  void backsOffToRuleRateForUnseenEntry() {
    double rule = MODEL.probability("unseen", ContentRule.CLAUSE, false);
    assertThat(rule).isCloseTo(95.0 / 130, within(0.02));
  }

  @Test
  void backsOffToOpenVerbRateForUnseenOpenVerb() {
    assertThat(MODEL.probability("~suppose", ContentRule.CLAUSE, false))
        .isLessThan(MODEL.probability("unseen", ContentRule.CLAUSE, false));
  }

  @Test
  void distrustsCuesNestedInOtherContentApartFromTopLevelOnes() {
    assertThat(MODEL.probability("~suppose", ContentRule.CLAUSE, true))
        .isLessThan(MODEL.probability("~suppose", ContentRule.CLAUSE, false))
        .isLessThan(0.1);
  }

  @Test
  void givesOneWhenUninformed() {
    assertThat(CueReliability.uninformed().probability("say", ContentRule.OBJECT, false))
        .isEqualTo(1.0);
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    StringWriter out = new StringWriter();
    MODEL.write(out, "a header\nof two lines");
    CueReliability read = CueReliability.parse(out.toString());
    assertThat(read.probability("think", ContentRule.CLAUSE, false))
        .isEqualTo(MODEL.probability("think", ContentRule.CLAUSE, false));
    assertThat(out.toString()).startsWith("# a header\n# of two lines\n");
  }
}
