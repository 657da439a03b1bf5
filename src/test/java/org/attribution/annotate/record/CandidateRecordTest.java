package org.attribution.annotate.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.Cue;
import org.attribution.annotation.QuotedSpan;
import org.junit.jupiter.api.Test;

class CandidateRecordTest {

  private static Span find(String text, String words) {
    int at = text.indexOf(words);
    return Span.of(at, at + words.length());
  }

  /** The quote of {@code text} whose words, between one mark on each side, are {@code words}. */
  private static QuotedSpan quoteOf(String text, String words) {
    Span inner = find(text, words);
    return new QuotedSpan(Span.of(inner.begin() - 1, inner.end() + 1), inner);
  }

  /**
   * The record of {@code source} (a speaker, else a document) giving {@code content} by {@code
   * cue}.
   */
  private static Attribution record(
      String text, String speaker, String document, String cue, String content) {
    return record(text, speaker, document, cue, content, List.of());
  }

  /** As above, in a text whose quotes are {@code quotes}. */
  private static Attribution record(
      String text,
      String speaker,
      String document,
      String cue,
      String content,
      List<QuotedSpan> quotes) {
    Span cueSpan = find(text, cue);
    Span contentSpan = find(text, content);
    Candidate c =
        Candidate.of(
            0,
            new Cue(0, 0, cueSpan, cue, CueKind.SPEECH, Cue.SourceLink.VERB, false),
            contentSpan,
            AttributionType.INDIRECT,
            ContentRule.CLAUSE,
            1);
    return CandidateRecord.of(
        c,
        cueSpan,
        speaker == null ? null : find(text, speaker),
        document == null ? null : find(text, document),
        List.of(contentSpan),
        quotes,
        Map.of(),
        text);
  }

  @Test
  void documentWithAParticipleClauseLosesItsTrailingComma() {
    String text = "The bank's report, released Wednesday, warned that prices would rise.";
    Attribution a =
        record(text, null, "The bank's report, released Wednesday,", "warned", "prices would rise");
    assertThat(a.document()).isEqualTo("The bank's report, released Wednesday");
  }

  @Test
  void speakerLosesTheRelativePronounOfItsAside() {
    String text = "A senior official, who spoke on condition of anonymity, said talks went on.";
    Attribution a = record(text, "A senior official, who", null, "said", "talks went on");
    assertThat(a.speaker()).isEqualTo("A senior official");
  }

  @Test
  void partThatTakesInOneMarkOfItsQuoteIsTheQuote() {
    String text = "Moreau said: \"Rain would not help.\" Others agreed.";
    QuotedSpan quote = quoteOf(text, "Rain would not help.");
    Attribution opening =
        record(text, "Moreau", null, "said", "\"Rain would not help.", List.of(quote));
    Attribution closing =
        record(text, "Moreau", null, "said", "Rain would not help.\"", List.of(quote));
    for (Attribution a : List.of(opening, closing)) {
      assertThat(a.content()).isEqualTo("Rain would not help.");
      assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
    }
  }

  @Test
  void partInsideAQuoteKeepsTheMarksOfAQuoteWithinIt() {
    String text = "Obama said: \"People think, 'Meh, we can wait.'\" Others agreed.";
    QuotedSpan quote = quoteOf(text, "People think, 'Meh, we can wait.'");
    Attribution a =
        record(text, "Obama", null, "said", "People think, 'Meh, we can wait.'", List.of(quote));
    assertThat(a.content()).isEqualTo("People think, 'Meh, we can wait.'");
    assertThat(a.type()).isEqualTo(AttributionType.DIRECT);
  }
}
