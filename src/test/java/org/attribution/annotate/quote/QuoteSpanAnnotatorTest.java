package org.attribution.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.QuotedSpan;
import org.attribution.pipeline.FastTestPipeline;
import org.attribution.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

class QuoteSpanAnnotatorTest {

  private static List<String> inner(String text) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.TextAnnotation.class, text);
    new QuoteSpanAnnotator().annotate(annotation);
    return annotation.get(QuotedSpansAnnotation.class).stream()
        .map(QuotedSpan::inner)
        .map(s -> s.in(text))
        .toList();
  }

  @Test
  void givesInnerSpanWithoutMarks() {
    assertThat(inner("\u201cWe will win,\u201d he said.")).containsExactly("We will win,");
  }

  @Test
  void joinsQuoteRunningOverParagraphs() {
    assertThat(inner("He said: \"One.\n\n\"Two.\"")).containsExactly("One.\n\n\"Two.");
  }

  @Test
  void findsSingleQuotedSpeech() {
    assertThat(inner("'We will not back down,' she told the BBC."))
        .containsExactly("We will not back down,");
  }

  @Test
  void endsQuoteLeftOpenAtItsParagraphsEnd() {
    assertThat(inner("He said: \u201cWe will win.\n\nThe vote is on Monday."))
        .containsExactly("We will win.");
  }

  @Test
  void attributesSingleQuotedSpeechInBothProfiles() {
    String text = "'We will not back down,' she told the BBC.";
    for (Attribution a : List.of(TestPipeline.only(text), FastTestPipeline.only(text))) {
      assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
      assertThat(a.content()).isEqualTo("We will not back down,");
      assertThat(a.speaker()).isEqualTo("she");
    }
  }

  @Test
  void ignoresApostropheOfDecadeInBothProfiles() {
    String text = "Prices have not been this high since the '90s, she said.";
    for (Attribution a : List.of(TestPipeline.only(text), FastTestPipeline.only(text))) {
      assertThat(a.type()).isEqualTo(AttributionType.INDIRECT);
    }
  }

  @Test
  void ignoresEmptyQuotes() {
    assertThat(inner("An empty \"\" pair and \" \" a blank one.")).isEmpty();
  }

  @Test
  void survivesThousandsOfUnbalancedMarks() {
    assertThat(inner("\u201c".repeat(5000) + " text " + "\u201d".repeat(3))).hasSize(1);
  }
}
