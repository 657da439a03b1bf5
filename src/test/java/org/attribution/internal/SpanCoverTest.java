package org.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class SpanCoverTest {

  private final SpanCover cover =
      SpanCover.of(List.of(Span.of(40, 60), Span.of(0, 30), Span.of(10, 20), Span.of(70, 70)));

  @Test
  void overlapsAsSpanDoes() {
    assertThat(cover.overlapsAny(Span.of(29, 31))).isTrue();
    assertThat(cover.overlapsAny(Span.of(30, 40))).isFalse(); // touching is not overlapping
    assertThat(cover.overlapsAny(Span.of(59, 80))).isTrue();
    assertThat(cover.overlapsAny(Span.of(65, 75))).isFalse(); // an empty span overlaps nothing
    assertThat(cover.overlapsAny(Span.of(45, 45))).isFalse();
  }

  @Test
  void findsAContainingSpanOtherThanTheOneLeftOut() {
    assertThat(cover.containsBesides(Span.of(12, 18), 1)).isTrue(); // (10, 20) holds it too
    assertThat(cover.containsBesides(Span.of(12, 25), 1)).isFalse(); // only (0, 30) holds it
    assertThat(cover.containsBesides(Span.of(12, 25), 2)).isTrue();
    assertThat(cover.containsBesides(Span.of(40, 60), 0)).isFalse();
    assertThat(cover.containsBesides(Span.of(40, 60), 3)).isTrue();
  }

  @Test
  void answersAmongManySpansAsAScanWould() {
    Random random = new Random(5);
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int begin = random.nextInt(1000);
      spans.add(Span.of(begin, begin + random.nextInt(50)));
    }
    SpanCover many = SpanCover.of(spans);
    for (int q = 0; q < 2000; q++) {
      int begin = random.nextInt(1000);
      Span query = Span.of(begin, begin + random.nextInt(30));
      int leftOut = random.nextInt(spans.size());
      boolean overlaps = spans.stream().anyMatch(s -> s.overlaps(query));
      boolean contains = false;
      for (int i = 0; i < spans.size(); i++) {
        contains |= i != leftOut && spans.get(i).contains(query);
      }
      assertThat(many.overlapsAny(query)).as("%s overlaps", query).isEqualTo(overlaps);
      assertThat(many.containsBesides(query, leftOut))
          .as("%s contained", query)
          .isEqualTo(contains);
    }
  }
}
