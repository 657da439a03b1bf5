package org.attribution.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.attribution.eval.EvalFixtures.attribution;

import org.attribution.AttributionType;
import org.junit.jupiter.api.Test;

class GoldSubsetTest {

  @Test
  void findsSubsetsByName() {
    assertThat(GoldSubset.named("quoted")).isSameAs(GoldSubset.QUOTED);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GoldSubset.named("direct"))
        .withMessageContaining("all, quoted, unquoted");
  }

  @Test
  void quotedMeansADoubleQuoteMarkInTheContent() {
    assertThat(
            GoldSubset.QUOTED.includes(
                attribution("{'content': 'a \\'b\\' c', 'contentSpan': [0, 1]}")))
        .isTrue();
    assertThat(
            GoldSubset.QUOTED.includes(
                attribution("{'content': 'a \u201cb', 'contentSpan': [0, 1]}")))
        .isTrue();
    assertThat(
            GoldSubset.QUOTED.includes(
                attribution("{'content': 'it\u2019s \u2018b\u2019', 'contentSpan': [0, 1]}")))
        .isFalse();
    assertThat(GoldSubset.UNQUOTED.includes(attribution("{'contentSpan': [0, 1]}"))).isTrue();
  }

  @Test
  void narrowsToATypeUnderACombinedName() {
    GoldSubset direct = GoldSubset.ALL.ofType(AttributionType.DIRECT);
    GoldSubset quotedMixed = GoldSubset.QUOTED.ofType(AttributionType.MIXED);

    assertThat(direct.name()).isEqualTo("DIRECT");
    assertThat(quotedMixed.name()).isEqualTo("quoted+MIXED");
    assertThat(direct.includes(attribution("{'type': 'DIRECT', 'contentSpan': [0, 1]}"))).isTrue();
    assertThat(direct.includes(attribution("{'type': 'MIXED', 'contentSpan': [0, 1]}"))).isFalse();
    assertThat(
            quotedMixed.includes(
                attribution("{'type': 'MIXED', 'content': 'no marks', 'contentSpan': [0, 1]}")))
        .isFalse();
  }
}
