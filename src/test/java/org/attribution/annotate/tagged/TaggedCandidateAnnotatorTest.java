package org.attribution.annotate.tagged;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Profile;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.CueLexicon;
import org.attribution.pipeline.AttributionPipeline;
import org.attribution.pipeline.ProfilePipelines;
import org.attribution.testing.TokenizedText;
import org.junit.jupiter.api.Test;

/**
 * The candidates of the learned profile, end to end since they need the shipped tagger's spans: the
 * tagger, the linker, then canonical names and records.
 */
class TaggedCandidateAnnotatorTest {

  private static final Supplier<AttributionPipeline> LEARNED =
      () -> ProfilePipelines.of(Profile.LEARNED);

  private static Attribution only(String text) {
    List<Attribution> found = LEARNED.get().annotate(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  /** The first attribution of {@code text} that {@code which} accepts. */
  private static Attribution first(String text, Predicate<Attribution> which) {
    return LEARNED.get().annotate(text).stream().filter(which).findFirst().orElseThrow();
  }

  @Test
  void linksSourceCueAndContentOfASentence() {
    Attribution a = only("The senator said the bill would pass next week.");
    assertThat(a.speaker()).isEqualTo("The senator");
    assertThat(a.cue()).isEqualTo("said");
    assertThat(a.content()).isEqualTo("the bill would pass next week");
  }

  @Test
  void resolvesASurnameToTheFullName() {
    String text =
        "Xi Jinping met Vladimir Putin on Thursday. Xi said the two countries would deepen their ties.";
    Attribution a = first(text, x -> "Xi".equals(x.speaker()));
    assertThat(a.speakerCanonical()).isEqualTo("Xi Jinping");
    assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PERSON);
  }

  @Test
  void takesTheCuesOwnSubjectOverASourceInTheHeadlineBefore() {
    String text =
        "Judge blocks sale of water utility\n\nA judge on Friday halted the sale of the water"
            + " utility to a private company, ruling that the town had not properly consulted"
            + " residents.";
    Attribution a = first(text, x -> "ruling".equals(x.cue()));
    assertThat(a.speaker()).isEqualTo("A judge");
  }

  @Test
  void takesTheWholePrepositionalCueOfWhichTheTaggerTaggedAWord() {
    ParsedSentence s =
        ParsedSentence.of(
                TokenizedText.tagged(
                    "As/IN per/IN the/DT survey/NN ,/, prices/NNS rose/VBD and/CC according/VBG"
                        + " to/TO them/PRP ,/, wages/NNS fell/VBD ./."))
            .get(0);
    CueLexicon cues = CueLexicon.bundled();

    assertThat(TaggedCandidateAnnotator.prepositionalCue(cues, s, 2, 2)).containsExactly(1, 2);
    assertThat(TaggedCandidateAnnotator.prepositionalCue(cues, s, 9, 9)).containsExactly(9, 10);
    assertThat(TaggedCandidateAnnotator.prepositionalCue(cues, s, 8, 8)).isNull();
  }

  @Test
  void namesAPluralDocumentNounAsADocument() {
    Attribution a =
        only("According to court documents filed by the Crown, the man fled the scene.");
    assertThat(a.speaker()).isNull();
    assertThat(a.document()).isEqualTo("court documents filed by the Crown");
    assertThat(a.speakerCanonical()).isEqualTo("Crown");
  }

  @Test
  void namesADocumentAsTheSourceAfterAccordingTo() {
    Attribution a =
        only("According to a Kremlin statement, the two leaders agreed to deepen ties.");
    assertThat(a.speaker()).isNull();
    assertThat(a.document()).isEqualTo("a Kremlin statement");
  }

  @Test
  void keepsMarkupOutOfTheSpeakersName() {
    String text = "Senator <b>Jones</b> said \"the vote will fail.\"";
    Attribution a = only(text);
    assertThat(a.speaker()).contains("Jones").doesNotContain("<", ">");
    assertThat(a.speakerSpan().in(text)).isEqualTo(a.speaker());
    assertThat(String.valueOf(a.speakerCanonical())).doesNotContain("<", ">");
  }

  @Test
  void takesAQuoteOpenedWithALowMarkAsDirect() {
    Attribution a = only("\u201eWe will win the vote,\u201c the mayor said.");
    assertThat(a.content()).isEqualTo("We will win the vote,");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }

  @Test
  void keepsAnInterruptedQuoteInParts() {
    String text = "\"We will win,\" Mr. Cheng said. \"And we will stay.\"";
    Attribution a = only(text);
    assertThat(a.contentSpans()).containsExactly(Span.of(1, 13), Span.of(32, text.length() - 1));
    assertThat(a.content()).isEqualTo("We will win, And we will stay.");
  }
}
