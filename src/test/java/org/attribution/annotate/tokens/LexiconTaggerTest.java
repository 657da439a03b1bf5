package org.attribution.annotate.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.attribution.pipeline.FastTestPipeline;
import org.junit.jupiter.api.Test;

class LexiconTaggerTest {

  private static List<CoreLabel> tokens(String text) {
    return FastTestPipeline.run(text).get(CoreAnnotations.TokensAnnotation.class);
  }

  private static List<String> tags(String text) {
    return tokens(text).stream().map(CoreLabel::tag).toList();
  }

  @Test
  void givesAKnownWordItsMostFrequentTagAndLemma() {
    CoreLabel said = tokens("Officials said so.").get(1);
    assertThat(said.tag()).isEqualTo("VBD");
    assertThat(said.lemma()).isEqualTo("say");
  }

  @Test
  void leavesASentenceOfOverOneHundredAndFiftyTokensUntaggedAsCoreNlpDoes() {
    String runOn = "He said the plan works and ".repeat(30);
    assertThat(tags(runOn)).hasSize(180).containsOnly("X");
    assertThat(tags("He said the plan works and ".repeat(24) + "he left.")).contains("VBD");
  }

  @Test
  void readsAWordAsAVerbAfterToAndAModal() {
    assertThat(tags("They want to claim it.")).element(3).isEqualTo("VB");
    assertThat(tags("They will support it.")).element(2).isEqualTo("VB");
  }

  @Test
  void readsAWordAsANounAfterADeterminer() {
    assertThat(tags("The claims were false.")).element(1).isEqualTo("NNS");
  }

  @Test
  void readsAWordAsAFiniteVerbAfterASubject() {
    List<CoreLabel> tokens = tokens("He claims that it works.");
    assertThat(tokens.get(1).tag()).isEqualTo("VBZ");
    assertThat(tokens.get(1).lemma()).isEqualTo("claim");
  }

  @Test
  void tellsAPossessiveFromAVerb() {
    assertThat(tags("The mayor's answer came.")).element(2).isEqualTo("POS");
    assertThat(tags("He's gone.")).element(1).isEqualTo("VBZ");
  }

  @Test
  void tagsUnknownWordsByTheirShape() {
    List<CoreLabel> tokens = tokens("Yesterday Zxqwerton blorfingly snazzled 42 glorbs.");
    assertThat(tokens)
        .extracting(CoreLabel::tag)
        .containsExactly("NN", "NNP", "RB", "VBN", "CD", "NNS", ".");
    assertThat(tokens.get(5).lemma()).isEqualTo("glorb");
  }

  @Test
  void looksUpTheLowerCaseOfTheFirstWord() {
    assertThat(tags("Reportedly, it works.")).element(0).isEqualTo("RB");
  }
}
