package org.attribution.annotate.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.Annotation;
import org.attribution.annotation.AttributionAnnotations.WebNoiseAnnotation;
import org.junit.jupiter.api.Test;

class WebNoiseAnnotatorTest {

  @Test
  void marksALinkLabelAndABylineForTheStagesAfterIt() {
    String text =
        "By Jane Doe\n\nThe bridge will reopen, the mayor said.\n\nREAD MORE: Council votes to close"
            + " library\n";
    Annotation annotation = new Annotation(text);

    new WebNoiseAnnotator().annotate(annotation);

    assertThat(annotation.get(WebNoiseAnnotation.class))
        .extracting(span -> span.in(text))
        .containsExactly("READ MORE: Council votes to close library", "By Jane Doe");
  }

  @Test
  void marksNothingInPlainReporting() {
    Annotation annotation = new Annotation("The bridge will reopen, the mayor said.");

    new WebNoiseAnnotator().annotate(annotation);

    assertThat(annotation.get(WebNoiseAnnotation.class)).isEmpty();
  }

  @Test
  void marksACommentSectionToTheEndOfTheText() {
    String text =
        "The bridge will reopen, the mayor said.\n\nComments (2)\n\nJohn D. says: This is"
            + " ridiculous.\nAnn says: I agree.";
    Annotation annotation = new Annotation(text);

    new WebNoiseAnnotator().annotate(annotation);

    assertThat(annotation.get(WebNoiseAnnotation.class))
        .extracting(span -> span.in(text))
        .containsExactly("Comments (2)\n\nJohn D. says: This is ridiculous.\nAnn says: I agree.");
  }
}
