package org.attribution.annotate.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import org.attribution.lexicon.CueLexicon;
import org.attribution.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

class CueSentenceParserTest {

  private static List<CoreMap> sentences(String text) {
    return TestPipeline.run(text).get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static boolean parsed(CoreMap sentence) {
    return sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) != null;
  }

  @Test
  void parsesOnlyTheSentencesThatMayHoldACue() {
    List<CoreMap> sentences =
        sentences(
            "The river rose overnight. The mayor said the bridge will close. Boats stayed in port.");

    assertThat(sentences)
        .extracting(CueSentenceParserTest::parsed)
        .containsExactly(false, true, false);
  }

  @Test
  void parsesASentenceWithALeadInColon() {
    assertThat(parsed(sentences("The mayor's answer: \u201cWe will rebuild.\u201d").get(0)))
        .isTrue();
  }

  @Test
  void buildsOnlyTheBasicGraph() {
    CoreMap sentence = sentences("The mayor said the bridge will close.").get(0);

    assertThat(
            sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class))
        .isNull();
    assertThat(
            sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).getRoots())
        .extracting(w -> w.word())
        .containsExactly("said");
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() {
    Annotation annotation = TestPipeline.run("The mayor said the bridge will close.");
    CoreMap sentence = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    sentence.remove(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    CueSentenceParser parser = CueSentenceParser.load(CueLexicon.bundled(), 150);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> parser.annotate(annotation))
          .isInstanceOf(RuntimeInterruptedException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(parsed(sentence)).isFalse();
  }
}
