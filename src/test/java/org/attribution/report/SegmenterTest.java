package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static final String TEXT = "He said \"we will win\" and \"soon\" today.";

  private static Attribution quote(String content, int begin) {
    return Attribution.builder(
            AttributionType.DIRECT, content, Span.of(begin, begin + content.length()))
        .cue("said", Span.of(3, 7), CueKind.SPEECH)
        .speaker("He", Span.of(0, 2))
        .build();
  }

  @Test
  void segmentsCoverTheWholeTextInOrder() {
    List<Segment> segments = Segmenter.split(TEXT, List.of(quote("we will win", 9)));

    StringBuilder joined = new StringBuilder();
    int end = 0;
    for (Segment s : segments) {
      assertThat(s.span().begin()).isEqualTo(end);
      joined.append(s.span().in(TEXT));
      end = s.span().end();
    }
    assertThat(joined.toString()).isEqualTo(TEXT);
  }

  @Test
  void marksSpeakerAndCueSharedByTwoAttributions() {
    List<Segment> segments =
        Segmenter.split(
            TEXT, List.of(quote("we will win", 9), quote("soon", TEXT.indexOf("soon"))));

    Segment speaker = at(segments, 0);
    assertThat(speaker.marks())
        .containsExactly(
            new Segment.Mark(SpanPart.SPEAKER, 0), new Segment.Mark(SpanPart.SPEAKER, 1));
    assertThat(at(segments, 3).marks()).extracting(Segment.Mark::role).containsOnly(SpanPart.CUE);
    assertThat(at(segments, TEXT.indexOf("soon")).contents()).containsExactly(1);
    assertThat(at(segments, TEXT.indexOf(" and")).isPlain()).isTrue();
  }

  @Test
  void colourOfNestedContentIsTheInnermost() {
    String text = "She said that peace is \"within reach\" now.";
    Attribution outer =
        Attribution.builder(AttributionType.MIXED, "peace is \"within reach\"", Span.of(14, 37))
            .build();
    Attribution inner =
        Attribution.builder(AttributionType.DIRECT, "within reach", Span.of(24, 36)).build();

    List<Segment> segments = Segmenter.split(text, List.of(outer, inner));

    assertThat(at(segments, 24).contents()).containsExactly(0, 1);
    assertThat(at(segments, 24).innermost()).isEqualTo(1);
    assertThat(at(segments, 14).innermost()).isEqualTo(0);
  }

  @Test
  void highlightsEachPartOfAnInterruptedQuoteAndNotItsFrame() {
    String text = "\"We will win,\" she said. \"Soon.\"";
    Attribution interrupted =
        Attribution.builder(AttributionType.DIRECT, "We will win,", Span.of(1, 13))
            .contentParts("We will win, Soon.", List.of(Span.of(1, 13), Span.of(26, 31)))
            .cue("said", Span.of(19, 23), CueKind.SPEECH)
            .speaker("she", Span.of(15, 18))
            .build();

    List<Segment> segments = Segmenter.split(text, List.of(interrupted));

    assertThat(at(segments, 1).contents()).containsExactly(0);
    assertThat(at(segments, 26).contents()).containsExactly(0);
    assertThat(at(segments, 19).contents()).isEmpty();
    assertThat(at(segments, 19).marks()).extracting(Segment.Mark::role).containsOnly(SpanPart.CUE);
    assertThat(at(segments, 24).isPlain()).isTrue();
  }

  @Test
  void leavesOutSpansBeyondTheText() {
    Attribution beyond =
        Attribution.builder(AttributionType.DIRECT, "lost", Span.of(30, 80)).build();

    List<Segment> segments = Segmenter.split(TEXT, List.of(beyond));

    assertThat(segments).singleElement().satisfies(s -> assertThat(s.isPlain()).isTrue());
  }

  @Test
  void emptyTextHasNoSegments() {
    assertThat(Segmenter.split("", List.of())).isEmpty();
  }

  private static Segment at(List<Segment> segments, int offset) {
    return segments.stream()
        .filter(s -> s.span().begin() <= offset && offset < s.span().end())
        .findFirst()
        .orElseThrow();
  }
}
