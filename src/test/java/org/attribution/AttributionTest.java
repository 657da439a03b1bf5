package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttributionTest {

  private static final Attribution SAID =
      Attribution.builder(AttributionType.DIRECT, "We will win.", Span.of(1, 13))
          .cue("said", Span.of(15, 19), CueKind.SPEECH)
          .speaker("Mr. Cheng", Span.of(20, 29))
          .speakerCanonical("Cheng Chin-mo")
          .speakerKind(SpeakerKind.PERSON)
          .build();

  @Test
  void derivesChangedCopyWithoutTouchingOriginal() {
    Attribution changed = SAID.toBuilder().speakerCanonical("Cheng").build();
    assertThat(changed.speakerCanonical()).isEqualTo("Cheng");
    assertThat(SAID.speakerCanonical()).isEqualTo("Cheng Chin-mo");
    assertThat(changed.toBuilder().speakerCanonical("Cheng Chin-mo").build()).isEqualTo(SAID);
  }

  @Test
  void rejectsCueWithoutSpan() {
    assertThatThrownBy(() -> SAID.toBuilder().cue("said", null, CueKind.SPEECH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cue and cueSpan");
  }

  @Test
  void rejectsEmptyContent() {
    assertThatThrownBy(() -> Attribution.builder(AttributionType.DIRECT, "", Span.of(0, 0)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsConfidenceOutsideUnitInterval() {
    assertThatThrownBy(() -> SAID.toBuilder().confidence(1.5).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
