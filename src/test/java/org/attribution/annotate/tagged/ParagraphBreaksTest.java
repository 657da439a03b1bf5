package org.attribution.annotate.tagged;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.Span;
import org.attribution.internal.QuoteMarks;
import org.attribution.tagger.SpanRole;
import org.attribution.tagger.TaggedSpan;
import org.junit.jupiter.api.Test;

/** Contents the tagger ran over a paragraph's end, given by hand as one tagged content. */
class ParagraphBreaksTest {

  /** The words of the contents {@link ParagraphBreaks} makes of one content from {@code from}. */
  private static List<String> contents(String text, String from) {
    TaggedSpan content =
        TaggedSpan.of(SpanRole.CONTENT, Span.of(text.indexOf(from), text.length()));
    return ParagraphBreaks.split(List.of(content), QuoteMarks.pair(text), text).stream()
        .map(t -> t.span().in(text))
        .toList();
  }

  @Test
  void endsAContentAtAQuoteThatClosesItsParagraph() {
    String text =
        "A spokesperson said: 'We urge the union to call off this action.'\n\n"
            + "Passengers at Leeds station were resigned.";

    assertThat(contents(text, "'We urge"))
        .containsExactly("'We urge the union to call off this action.'");
  }

  @Test
  void keepsTheQuoteThatOpensTheNextParagraphAsAContentOfItsOwn() {
    String text =
        "\"They have followed ratings,\" Barkley said. \"They became like Fox News.\"\n\n"
            + "\"And it is sad.\"";

    assertThat(contents(text, "\"They became"))
        .containsExactly("\"They became like Fox News.\"", "\"And it is sad.\"");
  }

  @Test
  void endsAContentWhoseBlankLineEndsTheText() {
    String text = "She said: \"We will go.\"\n\n";

    assertThat(contents(text, "\"We will")).containsExactly("\"We will go.\"");
  }

  @Test
  void dropsAStrayQuoteMarkLeftAfterTheBreak() {
    String text = "She said: \"The Donald. Big Daddy.\"\n\n\"";

    assertThat(contents(text, "\"The Donald")).containsExactly("\"The Donald. Big Daddy.\"");
  }

  @Test
  void keepsAQuotationThatRunsOverParagraphsWhole() {
    String text = "He said: \"We will build it.\n\n\"And we will pay for it.\"";

    assertThat(contents(text, "\"We will")).containsExactly(text.substring(9));
  }

  @Test
  void keepsAnAnswerOverParagraphsWithNoQuoteClosingBetweenWhole() {
    String text = "PENCE: Well, I think so.\n\nAnd the voters know it.";

    assertThat(contents(text, "Well")).containsExactly(text.substring(7));
  }

  @Test
  void keepsAQuoteLeftOpenAtItsParagraphsEndWhole() {
    String text =
        "He said: \"They have not been united since the election in.\n\n1988. Since then.";

    assertThat(contents(text, "\"They")).containsExactly(text.substring(9));
  }
}
