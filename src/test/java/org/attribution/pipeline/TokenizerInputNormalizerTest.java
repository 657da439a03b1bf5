package org.attribution.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.time.Duration;
import org.attribution.Profile;
import org.attribution.testing.CpuBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TokenizerInputNormalizerTest {

  @Test
  void leavesNewsTextAsItIs() {
    String text = "\"We will not leave,\" she said.\n\n\t'Never.'\"\r\n";
    assertThat(TokenizerInputNormalizer.normalize(text)).isSameAs(text);
  }

  @Test
  void breaksRunOfQuoteMarksKeepingItsLength() {
    String text = "He said " + "\"".repeat(600) + " then.";
    String broken = TokenizerInputNormalizer.normalize(text);
    assertThat(broken).hasSameSizeAs(text);
    assertThat(broken.substring(8, 608).split(" ", -1))
        .containsExactly("\"".repeat(256), "\"".repeat(256), "\"".repeat(86));
    assertThat(broken.substring(608)).isEqualTo(text.substring(608));
  }

  @Test
  void neverSplitsSurrogatePair() {
    String text = "a".repeat(256) + "\uD83D\uDE00" + "b";
    String broken = TokenizerInputNormalizer.normalize(text);
    assertThat(broken).isEqualTo("a".repeat(256) + "\uD83D\uDE00" + " ");
  }

  @Test
  void blanksControlCharactersButKeepsLineBreaks() {
    String text = "a\u0000b\u001c\u001d\u001e\u001fc\u007fd\n\u000b\u000c\r\te";
    assertThat(TokenizerInputNormalizer.normalize(text)).isEqualTo("a b    c d\n\u000b\u000c\r\te");
  }

  @Test
  void keepsAC1ControlInsideAMisdecodedWord() {
    String text = "President Fran\u00c3\u0083\u00c2\u00a7ois Hollande said.";
    assertThat(TokenizerInputNormalizer.normalize(text)).isSameAs(text);
  }

  @Test
  void tokenizerReadsBrokenRunButStagesReadTheText() {
    String text = "\"".repeat(1000);
    var annotation = FastTestPipeline.run(text);
    assertThat(annotation.get(CoreAnnotations.TextAnnotation.class)).isEqualTo(text);
    assertThat(annotation.get(CoreAnnotations.TokensAnnotation.class))
        .noneMatch(t -> t.beginPosition() == 256 || t.beginPosition() == 513);
  }

  /**
   * A run of U+001C made the tokenizer quadratic (6,000 took 1.7 CPU-seconds, 12,000 took 6.1, so
   * 48,000 would take about 100) and deaf to interrupts; blanked, it gives no token at all.
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void stopsARunOfFileSeparatorsInEveryProfile(Profile profile) throws Exception {
    String text = "He said it works.\n\n" + "\u001c".repeat(48_000) + "\n\nShe said it fails.";
    AttributionPipeline pipeline = ProfilePipelines.of(profile);
    Annotation annotation = CpuBudget.of(Duration.ofSeconds(30)).run(() -> pipeline.run(text));
    assertThat(annotation.get(CoreAnnotations.TokensAnnotation.class))
        .extracting(t -> t.word())
        .containsExactly("He", "said", "it", "works", ".", "She", "said", "it", "fails", ".");
  }
}
