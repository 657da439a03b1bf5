package org.attribution.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import java.util.Set;
import org.attribution.annotate.content.ContentAnnotator;
import org.attribution.annotate.quote.QuoteSpanAnnotator;
import org.junit.jupiter.api.Test;

class AttributionPipelineTest {

  @Test
  void refusesAnnotatorBeforeWhatItRequires() {
    assertThatThrownBy(
            () ->
                AttributionPipeline.checkOrder(
                    Set.of(CoreAnnotations.TokensAnnotation.class),
                    List.of(new ContentAnnotator(), new QuoteSpanAnnotator())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ContentAnnotator");
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> FastTestPipeline.run("\"We stay,\" she said."))
          .isInstanceOf(RuntimeInterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
