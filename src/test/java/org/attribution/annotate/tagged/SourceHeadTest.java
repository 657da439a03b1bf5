package org.attribution.annotate.tagged;

import static org.assertj.core.api.Assertions.assertThat;

import org.attribution.Span;
import org.attribution.internal.ParsedSentence;
import org.attribution.testing.TokenizedText;
import org.junit.jupiter.api.Test;

class SourceHeadTest {

  @Test
  void takesTheNameBeforeAPossessiveMarkAsTheSourcesHead() {
    ParsedSentence s =
        ParsedSentence.of(
                TokenizedText.tagged("Trump/NNP 's/POS remarks/NNS angered/VBD them/PRP ./."))
            .get(0);
    assertThat(SourceHead.of(s, Span.of(0, "Trump 's".length()))).isEqualTo(1);
  }

  @Test
  void skipsTheOwnerBeforeAPossessiveMarkToFindTheSourcesHead() {
    ParsedSentence s =
        ParsedSentence.of(
                TokenizedText.tagged(
                    "The/DT Bank/NNP of/IN Canada/NNP 's/POS latest/JJS report/NN says/VBZ so/RB"
                        + " ./."))
            .get(0);
    Span source = Span.of(0, "The Bank of Canada 's latest report".length());
    assertThat(SourceHead.of(s, source)).isEqualTo(7);
  }
}
