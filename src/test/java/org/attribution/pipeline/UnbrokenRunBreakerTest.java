package org.attribution.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import org.junit.jupiter.api.Test;

class UnbrokenRunBreakerTest {

  @Test
  void leavesNewsTextAsItIs() {
    String text = "\"We will not leave,\" she said. 'Never.'\"";
    assertThat(UnbrokenRunBreaker.breakLongRuns(text)).isSameAs(text);
  }

  @Test
  void breaksRunOfQuoteMarksKeepingItsLength() {
    String text = "He said " + "\"".repeat(600) + " then.";
    String broken = UnbrokenRunBreaker.breakLongRuns(text);
    assertThat(broken).hasSameSizeAs(text);
    assertThat(broken.substring(8, 608).split(" ", -1))
        .containsExactly("\"".repeat(256), "\"".repeat(256), "\"".repeat(86));
    assertThat(broken.substring(608)).isEqualTo(text.substring(608));
  }

  @Test
  void neverSplitsSurrogatePair() {
    String text = "a".repeat(256) + "\uD83D\uDE00" + "b";
    String broken = UnbrokenRunBreaker.breakLongRuns(text);
    assertThat(broken).isEqualTo("a".repeat(256) + "\uD83D\uDE00" + " ");
  }

  @Test
  void tokenizerReadsBrokenRunButStagesReadTheText() {
    String text = "\"".repeat(1000);
    var annotation = FastTestPipeline.run(text);
    assertThat(annotation.get(CoreAnnotations.TextAnnotation.class)).isEqualTo(text);
    assertThat(annotation.get(CoreAnnotations.TokensAnnotation.class))
        .noneMatch(t -> t.beginPosition() == 256 || t.beginPosition() == 513);
  }
}
