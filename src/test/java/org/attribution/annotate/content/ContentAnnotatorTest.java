package org.attribution.annotate.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attribution.pipeline.TestPipeline.attributions;
import static org.attribution.pipeline.TestPipeline.only;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

class ContentAnnotatorTest {

  @Test
  void takesThatClauseOfSaid() {
    Attribution a = only("The mayor said that the bridge will reopen in May.");
    assertThat(a.content()).isEqualTo("that the bridge will reopen in May");
    assertThat(a.type()).isEqualTo(AttributionType.INDIRECT);
  }

  @Test
  void takesClauseWithoutComplementizer() {
    assertThat(only("Officials say the bridge is safe.").content()).isEqualTo("the bridge is safe");
  }

  @Test
  void takesInfinitiveOfIntention() {
    assertThat(only("The senator vowed to block the bill.").content())
        .isEqualTo("to block the bill");
  }

  @Test
  void takesObjectOfAttitudeVerb() {
    assertThat(only("The senator criticized the new budget plan on Monday.").content())
        .isEqualTo("the new budget plan");
  }

  @Test
  void takesObjectOfPrepositionalCue() {
    assertThat(only("The union called for higher wages.").content()).isEqualTo("higher wages");
  }

  @Test
  void takesClauseModifiedByAccordingTo() {
    assertThat(only("According to the mayor, the bridge will reopen in May.").content())
        .isEqualTo("the bridge will reopen in May");
  }

  @Test
  void takesClauseBeforeTrailingAccordingTo() {
    assertThat(only("The bridge will reopen in May, according to the mayor.").content())
        .isEqualTo("The bridge will reopen in May");
  }

  @Test
  void takesWholeSentenceACueInterrupts() {
    Attribution a = only("The museum, the mayor said, will open in May.");
    assertThat(a.contentSpan()).isEqualTo(Span.of(0, 44));
    assertThat(a.content()).isEqualTo("The museum will open in May");
  }

  @Test
  void takesClauseBeforeFinalCue() {
    assertThat(only("The museum will open in May, the mayor said.").content())
        .isEqualTo("The museum will open in May");
  }

  @Test
  void takesQuoteBeforeInvertedSaid() {
    Attribution a = only("\"We will win this race,\" said the candidate.");
    assertThat(a.content()).isEqualTo("We will win this race,");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }

  @Test
  void marksQuotedComplementDirectAsTheQuoteWithoutThatOrMarks() {
    Attribution a = only("The mayor said that \"the bridge is safe.\"");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
    assertThat(a.content()).isEqualTo("the bridge is safe.");
  }

  @Test
  void marksEmbeddedQuoteMixed() {
    Attribution a = only("The mayor said the bridge was \"perfectly safe\" after the repairs.");
    assertThat(a.type()).isEqualTo(AttributionType.MIXED);
    assertThat(a.content()).isEqualTo("the bridge was \"perfectly safe\" after the repairs");
  }

  @Test
  void extendsContentToQuoteOverSentences() {
    Attribution a = only("\"The bridge is safe. We checked it twice,\" the mayor said.");
    assertThat(a.content()).isEqualTo("The bridge is safe. We checked it twice,");
  }

  @Test
  void takesQuoteThatAsClauseRefersTo() {
    assertThat(attributions("The deal is \"a historic step,\" as the senator put it."))
        .extracting(Attribution::content)
        .contains("a historic step,");
  }

  @Test
  void leavesOutParentheticalCueAtClauseEnd() {
    assertThat(
            attributions("The mayor said the bridge is safe, pointing out that it was inspected."))
        .extracting(Attribution::content)
        .containsExactly("the bridge is safe", "that it was inspected");
  }

  @Test
  void ignoresScareQuotes() {
    assertThat(attributions("The two leaders celebrated their \"no limit\" friendship on Monday."))
        .isEmpty();
  }

  @Test
  void ignoresTitleInQuoteMarks() {
    assertThat(attributions("She starred in \"The Crown\" for two seasons.")).isEmpty();
  }

  @Test
  void dropsCueWithoutContent() {
    assertThat(attributions("He added salt to the soup.")).isEmpty();
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() {
    Annotation annotation =
        TestPipeline.run("The mayor said the bridge will close. \"It is safe,\" she said.");

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> new ContentAnnotator().annotate(annotation))
          .isInstanceOf(RuntimeInterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
