package org.attribution.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.tagger.SpanTag.B_CONTENT;
import static org.attribution.tagger.SpanTag.B_CUE;
import static org.attribution.tagger.SpanTag.I_CONTENT;
import static org.attribution.tagger.SpanTag.I_CUE;
import static org.attribution.tagger.SpanTag.O;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class TagDecoderTest {

  /**
   * Scores that favour {@code best} at each piece, {@code second} a little less, others far less.
   */
  private static float[][] favour(SpanTag[] best, SpanTag[] second) {
    float[][] scores = new float[best.length][SpanTag.COUNT];
    for (int i = 0; i < best.length; i++) {
      java.util.Arrays.fill(scores[i], -10f);
      scores[i][second[i].ordinal()] = -1f;
      scores[i][best[i].ordinal()] = -0.5f;
    }
    return scores;
  }

  @Test
  void neverStartsWithAnInsideTag() {
    float[][] scores = favour(new SpanTag[] {I_CUE, I_CUE}, new SpanTag[] {B_CUE, O});
    assertThat(TagDecoder.constrained().decode(scores)).containsExactly(B_CUE, I_CUE);
  }

  @Test
  void neverPutsAnInsideTagAfterAnotherRole() {
    float[][] scores = favour(new SpanTag[] {B_CUE, I_CONTENT}, new SpanTag[] {B_CUE, B_CONTENT});
    assertThat(TagDecoder.constrained().decode(scores)).containsExactly(B_CUE, B_CONTENT);
  }

  @Test
  void keepsTheBestTagsWhenTheyAreValid() {
    float[][] scores = favour(new SpanTag[] {B_CONTENT, I_CONTENT, O}, new SpanTag[] {O, O, B_CUE});
    assertThat(TagDecoder.constrained().decode(scores)).containsExactly(B_CONTENT, I_CONTENT, O);
  }

  @Test
  void transitionScoresCanOverruleAPiece() {
    double[][] transitions = new double[SpanTag.COUNT][SpanTag.COUNT];
    transitions[B_CUE.ordinal()][O.ordinal()] = -5;
    float[][] scores = favour(new SpanTag[] {B_CUE, O}, new SpanTag[] {B_CUE, I_CUE});

    assertThat(TagDecoder.constrained().decode(scores)).containsExactly(B_CUE, O);
    assertThat(TagDecoder.withTransitions(transitions).decode(scores))
        .containsExactly(B_CUE, I_CUE);
  }

  @Test
  void readsTransitionsSkippingComments() {
    StringBuilder file = new StringBuilder("# comment\n");
    for (int i = 0; i < SpanTag.COUNT; i++) {
      file.append(i == B_CUE.ordinal() ? "-5\t0\t0\t0\t0\t0\t0" : "0\t0\t0\t0\t0\t0\t0")
          .append('\n');
    }
    float[][] scores = favour(new SpanTag[] {B_CUE, O}, new SpanTag[] {B_CUE, I_CUE});
    TagDecoder read =
        TagDecoder.read(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(read.decode(scores)).containsExactly(B_CUE, I_CUE);
  }

  @Test
  void makesASpanOfEachBeginAndTheInsideTagsAfterIt() {
    List<WordPiece> pieces =
        List.of(
            new WordPiece(1, 0, 2),
            new WordPiece(1, 3, 7),
            new WordPiece(1, 8, 12),
            new WordPiece(1, 13, 15));
    SpanTag[] tags = {SpanTag.B_SOURCE, B_CUE, B_CONTENT, I_CONTENT};
    float[][] scores = new float[4][SpanTag.COUNT];

    assertThat(TagDecoder.spans(pieces, tags, scores))
        .extracting(TaggedSpan::role, TaggedSpan::span)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SpanRole.SOURCE, Span.of(0, 2)),
            org.assertj.core.groups.Tuple.tuple(SpanRole.CUE, Span.of(3, 7)),
            org.assertj.core.groups.Tuple.tuple(SpanRole.CONTENT, Span.of(8, 15)));
  }
}
