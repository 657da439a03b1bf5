package org.attribution.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.tagger.SpanTag.B_CONTENT;
import static org.attribution.tagger.SpanTag.B_CUE;
import static org.attribution.tagger.SpanTag.B_SOURCE;
import static org.attribution.tagger.SpanTag.I_CONTENT;
import static org.attribution.tagger.SpanTag.I_SOURCE;
import static org.attribution.tagger.SpanTag.O;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class GoldTagsTest {

  private static final WordPieceTokenizer TOKENIZER =
      WordPieceTokenizer.load(SpanTagger.VOCABULARY);

  @Test
  void tagsSourceCueAndContentOfAnAttribution() {
    String text = "The mayor said the bridge opens.";
    Attribution a =
        Attribution.builder(AttributionType.INDIRECT, "the bridge opens", Span.of(15, 31))
            .cue("said", Span.of(10, 14), CueKind.SPEECH)
            .speaker("The mayor", Span.of(0, 9))
            .build();

    assertThat(GoldTags.of(TOKENIZER.tokenize(text), List.of(a)))
        .containsExactly(B_SOURCE, I_SOURCE, B_CUE, B_CONTENT, I_CONTENT, I_CONTENT, O);
  }

  @Test
  void beginsEachPartOfAContentInParts() {
    String text = "\"Yes,\" he said, \"now.\"";
    Attribution a =
        Attribution.builder(AttributionType.DIRECT, "x", Span.of(0, 22))
            .contentParts("\"Yes,\" \"now.\"", List.of(Span.of(0, 6), Span.of(16, 22)))
            .cue("said", Span.of(10, 14), CueKind.SPEECH)
            .speaker("he", Span.of(7, 9))
            .build();

    assertThat(GoldTags.of(TOKENIZER.tokenize(text), List.of(a)))
        .containsExactly(
            B_CONTENT, I_CONTENT, I_CONTENT, I_CONTENT, B_SOURCE, B_CUE, O, B_CONTENT, I_CONTENT,
            I_CONTENT, I_CONTENT);
  }

  @Test
  void tagsTheDocumentAsSourceWhenNoSpeakerIsNamed() {
    String text = "A report said it rained.";
    Attribution a =
        Attribution.builder(AttributionType.INDIRECT, "it rained", Span.of(14, 23))
            .cue("said", Span.of(9, 13), CueKind.SPEECH)
            .document("A report", Span.of(0, 8))
            .build();

    assertThat(GoldTags.of(TOKENIZER.tokenize(text), List.of(a)))
        .startsWith(B_SOURCE, I_SOURCE, B_CUE, B_CONTENT);
  }

  @Test
  void theFirstAttributionKeepsPiecesTwoAnnotationsShare() {
    String text = "Smith said Jones lied.";
    Attribution outer =
        Attribution.builder(AttributionType.INDIRECT, "Jones lied", Span.of(11, 21))
            .cue("said", Span.of(6, 10), CueKind.SPEECH)
            .speaker("Smith", Span.of(0, 5))
            .build();
    Attribution inner =
        Attribution.builder(AttributionType.INDIRECT, "lied", Span.of(17, 21))
            .speaker("Jones", Span.of(11, 16))
            .build();

    assertThat(GoldTags.of(TOKENIZER.tokenize(text), List.of(outer, inner)))
        .containsExactly(B_SOURCE, B_CUE, B_CONTENT, I_CONTENT, O);
  }
}
