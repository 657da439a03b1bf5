package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void coversTheSameCharactersAsSubstring() {
    assertThat(Span.of(4, 11).in("The Kremlin said")).isEqualTo("Kremlin");
  }

  @Test
  void rejectsEndBeforeBegin() {
    assertThatThrownBy(() -> Span.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapsOnlyWhenSharingACharacter() {
    assertThat(Span.of(0, 5).overlaps(Span.of(4, 8))).isTrue();
    assertThat(Span.of(0, 5).overlaps(Span.of(5, 8))).isFalse();
  }

  @Test
  void unitesToTheSmallestCoveringSpan() {
    assertThat(Span.of(2, 4).union(Span.of(7, 9))).isEqualTo(Span.of(2, 9));
  }
}
