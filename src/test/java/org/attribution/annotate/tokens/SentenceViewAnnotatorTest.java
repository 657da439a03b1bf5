package org.attribution.annotate.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.attribution.Span;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.internal.ParsedSentence;
import org.attribution.testing.TokenizedText;
import org.junit.jupiter.api.Test;

class SentenceViewAnnotatorTest {

  @Test
  void buildsTheViewOfEverySentenceInOrder() {
    Annotation annotation = TokenizedText.of("The mayor spoke .", "She said it opens .");

    new SentenceViewAnnotator().annotate(annotation);

    List<ParsedSentence> views = annotation.get(ParsedSentencesAnnotation.class);
    assertThat(views).extracting(ParsedSentence::index).containsExactly(0, 1);
    assertThat(views)
        .extracting(ParsedSentence::span)
        .containsExactly(Span.of(0, 17), Span.of(18, 37));
    assertThat(views.get(1).word(2)).isEqualTo("said");
  }
}
