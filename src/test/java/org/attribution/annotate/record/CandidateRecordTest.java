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
import org.junit.jupiter.api.Test;

class CandidateRecordTest {

  private static Span find(String text, String words) {
    int at = text.indexOf(words);
    return Span.of(at, at + words.length());
  }

  @Test
  void documentWithAParticipleClauseLosesItsTrailingComma() {
    String text = "The bank's report, released Wednesday, warned that prices would rise.";
    Span cue = find(text, "warned");
    Span content = find(text, "that prices would rise");
    Candidate c =
        Candidate.of(
            0,
            new Cue(0, 6, cue, "warn", CueKind.SPEECH, Cue.SourceLink.VERB, false),
            content,
            AttributionType.INDIRECT,
            ContentRule.CLAUSE,
            1);
    Attribution a =
        CandidateRecord.of(
            c,
            cue,
            null,
            find(text, "The bank's report, released Wednesday,"),
            List.of(content),
            List.of(),
            Map.of(),
            text);
    assertThat(a.document()).isEqualTo("The bank's report, released Wednesday");
  }
}
