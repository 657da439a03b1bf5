package org.attribution.annotate.tagged;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attribution.Span;
import org.attribution.tagger.SpanRole;
import org.attribution.tagger.TaggedSpan;
import org.junit.jupiter.api.Test;

class TaggedSpanLinkerTest {

  /** The span of the {@code n}-th (from 0) occurrence of {@code words} in {@code text}. */
  private static Span find(String text, String words, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf(words, at + 1);
    }
    return Span.of(at, at + words.length());
  }

  private static TaggedSpan tag(SpanRole role, String text, String words) {
    return TaggedSpan.of(role, find(text, words, 0));
  }

  /** Sentences ending at each ". " or ".\u201d ", as a sentence splitter cuts these fixtures. */
  private static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    int begin = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean end =
          i == text.length() - 1
              || (Character.isWhitespace(text.charAt(i + 1))
                  && (text.charAt(i) == '.'
                      || (text.charAt(i) == '\u201d' && text.charAt(i - 1) == '.')));
      if (end) {
        out.add(Span.of(begin, i + 1));
        begin = i + 2;
      }
    }
    return out;
  }

  private static List<LinkedSpans> link(String text, TaggedSpan... spans) {
    return TaggedSpanLinker.link(text, List.of(spans), sentences(text));
  }

  @Test
  void linksSourceBeforeSaidToContentAfter() {
    String text = "The mayor said the bridge opens.";
    assertThat(
            link(
                text,
                tag(SpanRole.SOURCE, text, "The mayor"),
                tag(SpanRole.CUE, text, "said"),
                tag(SpanRole.CONTENT, text, "the bridge opens")))
        .containsExactly(
            new LinkedSpans(
                List.of(find(text, "the bridge opens", 0)),
                find(text, "said", 0),
                find(text, "The mayor", 0)));
  }

  @Test
  void leavesTheSubjectOutOfAnAskingParticipleThatOpensTheSentence() {
    String text = "Asked whether the strike would go ahead, Mick Whelan said it would.";
    assertThat(
            link(
                text,
                tag(SpanRole.CUE, text, "Asked"),
                tag(SpanRole.CONTENT, text, "whether the strike would go ahead"),
                tag(SpanRole.SOURCE, text, "Mick Whelan"),
                tag(SpanRole.CUE, text, "said"),
                tag(SpanRole.CONTENT, text, "it would")))
        .containsExactly(
            new LinkedSpans(
                List.of(find(text, "whether the strike would go ahead", 0)),
                find(text, "Asked", 0),
                null),
            new LinkedSpans(
                List.of(find(text, "it would", 0)),
                find(text, "said", 0),
                find(text, "Mick Whelan", 0)));
  }

  @Test
  void linksAnAskingParticipleToTheAgentOfItsBy() {
    String text = "Pressed on a run by host Chuck Todd, Mark Cuban said no.";
    assertThat(
            link(
                    text,
                    tag(SpanRole.CUE, text, "Pressed"),
                    tag(SpanRole.SOURCE, text, "host Chuck Todd"),
                    tag(SpanRole.CONTENT, text, "a run"),
                    tag(SpanRole.SOURCE, text, "Mark Cuban"),
                    tag(SpanRole.CUE, text, "said"),
                    tag(SpanRole.CONTENT, text, "no"))
                .get(0)
                .source())
        .isEqualTo(find(text, "host Chuck Todd", 0));
  }

  @Test
  void linksEachQuoteOfAListToTheDashThatEndsItsLine() {
    // As the sentence splitter cuts it: not at the single line break, but after the second quote,
    // so that the dash of the line before shares the second quote's sentence and its own does not.
    String text = "\u201cWe lost.\u201d \u2015 Ann Lee\n\u201cWe will win.\u201d \u2015 Bo Ma";
    int secondEnd = text.indexOf("win.") + "win.\u201d".length();
    List<LinkedSpans> linked =
        TaggedSpanLinker.link(
            text,
            List.of(
                tag(SpanRole.CONTENT, text, "We lost."),
                TaggedSpan.of(SpanRole.CUE, find(text, "\u2015", 0)),
                tag(SpanRole.SOURCE, text, "Ann Lee"),
                tag(SpanRole.CONTENT, text, "We will win."),
                TaggedSpan.of(SpanRole.CUE, find(text, "\u2015", 1)),
                tag(SpanRole.SOURCE, text, "Bo Ma")),
            List.of(Span.of(0, secondEnd), Span.of(secondEnd + 1, text.length())));

    assertThat(linked)
        .containsExactly(
            new LinkedSpans(
                List.of(find(text, "We lost.", 0)),
                find(text, "\u2015", 0),
                find(text, "Ann Lee", 0)),
            new LinkedSpans(
                List.of(find(text, "We will win.", 0)),
                find(text, "\u2015", 1),
                find(text, "Bo Ma", 0)));
  }

  @Test
  void linksFrontedContentToTheCueAfterIt() {
    String text = "The bridge opens, the mayor said.";
    assertThat(
            link(
                text,
                tag(SpanRole.CONTENT, text, "The bridge opens"),
                tag(SpanRole.SOURCE, text, "the mayor"),
                tag(SpanRole.CUE, text, "said")))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.cue()).isEqualTo(find(text, "said", 0));
              assertThat(l.source()).isEqualTo(find(text, "the mayor", 0));
            });
  }

  @Test
  void joinsInterruptedQuoteParts() {
    String text = "\u201cWe will,\u201d she said. \u201cWe must.\u201d";
    assertThat(
            link(
                text,
                tag(SpanRole.CONTENT, text, "\u201cWe will,\u201d"),
                tag(SpanRole.SOURCE, text, "she"),
                tag(SpanRole.CUE, text, "said"),
                tag(SpanRole.CONTENT, text, "\u201cWe must.\u201d")))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.parts())
                    .containsExactly(
                        find(text, "\u201cWe will,\u201d", 0),
                        find(text, "\u201cWe must.\u201d", 0)));
  }

  @Test
  void givesEachCueOfASentenceItsNearestSourceAndContent() {
    String text = "Smith said taxes rise and Jones said they fall.";
    List<LinkedSpans> linked =
        link(
            text,
            tag(SpanRole.SOURCE, text, "Smith"),
            TaggedSpan.of(SpanRole.CUE, find(text, "said", 0)),
            tag(SpanRole.CONTENT, text, "taxes rise"),
            tag(SpanRole.SOURCE, text, "Jones"),
            TaggedSpan.of(SpanRole.CUE, find(text, "said", 1)),
            tag(SpanRole.CONTENT, text, "they fall"));

    assertThat(linked)
        .extracting(LinkedSpans::source)
        .containsExactly(find(text, "Smith", 0), find(text, "Jones", 0));
    assertThat(linked)
        .extracting(LinkedSpans::content)
        .containsExactly(find(text, "taxes rise", 0), find(text, "they fall", 0));
  }

  @Test
  void linksTheSourceAfterAccordingTo() {
    String text = "According to the report, taxes rise.";
    assertThat(
            link(
                text,
                tag(SpanRole.CUE, text, "According to"),
                tag(SpanRole.SOURCE, text, "the report"),
                tag(SpanRole.CONTENT, text, "taxes rise")))
        .singleElement()
        .satisfies(l -> assertThat(l.source()).isEqualTo(find(text, "the report", 0)));
  }

  @Test
  void linksAQuoteParagraphToTheCueEndingTheParagraphBefore() {
    String text = "Smith said:\n\n\u201cTaxes rise.\u201d";
    assertThat(
            link(
                text,
                tag(SpanRole.SOURCE, text, "Smith"),
                tag(SpanRole.CUE, text, "said:"),
                tag(SpanRole.CONTENT, text, "\u201cTaxes rise.\u201d")))
        .singleElement()
        .satisfies(l -> assertThat(l.cue()).isEqualTo(find(text, "said:", 0)));
  }

  @Test
  void takesTheSourceOfTheSentenceBeforeWhenTheCueHasNone() {
    String text = "Smith spoke. Taxes rise, she added.";
    assertThat(
            link(
                text,
                tag(SpanRole.SOURCE, text, "Smith"),
                tag(SpanRole.CONTENT, text, "Taxes rise"),
                tag(SpanRole.CUE, text, "added")))
        .singleElement()
        .satisfies(l -> assertThat(l.source()).isEqualTo(find(text, "Smith", 0)));
  }

  @Test
  void aQuoteWithoutCueContinuesThePreviousSource() {
    String text = "Smith said taxes rise.\n\n\u201cThey must.\u201d";
    List<LinkedSpans> linked =
        link(
            text,
            tag(SpanRole.SOURCE, text, "Smith"),
            tag(SpanRole.CUE, text, "said"),
            tag(SpanRole.CONTENT, text, "taxes rise"),
            tag(SpanRole.CONTENT, text, "\u201cThey must.\u201d"));

    assertThat(linked).hasSize(2);
    assertThat(linked.get(1).cue()).isNull();
    assertThat(linked.get(1).source()).isEqualTo(find(text, "Smith", 0));
  }

  @Test
  void aQuoteInLowMarksWithoutCueContinuesThePreviousSource() {
    String text = "Smith said taxes rise.\n\n\u201eThey must.\u201c";
    List<LinkedSpans> linked =
        link(
            text,
            tag(SpanRole.SOURCE, text, "Smith"),
            tag(SpanRole.CUE, text, "said"),
            tag(SpanRole.CONTENT, text, "taxes rise"),
            tag(SpanRole.CONTENT, text, "\u201eThey must.\u201c"));

    assertThat(linked).hasSize(2);
    assertThat(linked.get(1).source()).isEqualTo(find(text, "Smith", 0));
  }

  @Test
  void dropsUncuedContentThatIsNoQuoteAndCuesWithoutContent() {
    String text = "Smith said.\n\nHe left.\n\nTaxes rise.";
    assertThat(
            link(
                text,
                tag(SpanRole.SOURCE, text, "Smith"),
                tag(SpanRole.CUE, text, "said"),
                tag(SpanRole.CONTENT, text, "Taxes rise")))
        .isEmpty();
  }

  @Test
  void leavesContentOfTheNextParagraphToACueWhoseParagraphEndsWithoutAColon() {
    String text =
        "\u201cRoads wash away,\u201d Raja said.\n\nAs per the estimate, the work will cost more.";
    assertThat(
            link(
                text,
                tag(SpanRole.CONTENT, text, "Roads wash away,"),
                tag(SpanRole.SOURCE, text, "Raja"),
                tag(SpanRole.CUE, text, "said"),
                tag(SpanRole.CONTENT, text, "the work will cost more")))
        .singleElement()
        .satisfies(l -> assertThat(l.parts()).containsExactly(find(text, "Roads wash away,", 0)));
  }
}
