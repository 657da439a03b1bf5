package org.attribution.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {

  private static SpanTagger tagger;

  @BeforeAll
  static void load() {
    tagger = SpanTagger.bundled();
  }

  @AfterAll
  static void close() {
    tagger.close();
  }

  private static List<String> spans(String text, SpanRole role) {
    return tagger.tag(text).stream()
        .filter(s -> s.role() == role)
        .map(s -> s.span().in(text))
        .toList();
  }

  @Test
  void theShippedModelTagsSourceCueAndContentOfASentence() {
    String text = "The senator said the bill would pass next week.";
    assertThat(spans(text, SpanRole.SOURCE)).containsExactly("The senator");
    assertThat(spans(text, SpanRole.CUE)).containsExactly("said");
    assertThat(spans(text, SpanRole.CONTENT)).containsExactly("the bill would pass next week");
  }

  @Test
  void scoresEveryPieceOfATextLongerThanOneWindow() {
    String text = "The senator said the bill would pass. ".repeat(60);
    List<WordPiece> pieces = WordPieceTokenizer.load(SpanTagger.VOCABULARY).tokenize(text);
    float[][] scores = tagger.scores(text, pieces);

    assertThat(pieces).hasSizeGreaterThan(SpanTagger.WINDOW_PIECES);
    assertThat(java.util.Arrays.asList(scores))
        .hasSize(pieces.size())
        .allSatisfy(row -> assertThat(row).hasSize(SpanTag.COUNT));
  }

  /**
   * A run of {@code "a} is one piece per character, read twice by overlapping windows: it cost the
   * encoder eight times what news does per character.
   */
  @Test
  void leavesARunOfQuotedLettersUnencodedAndTagsTheProseAroundIt() {
    String prose = "The senator said the bill would pass.";
    String text = prose + "\n\n" + "\"a".repeat(1_000) + "\n\n" + prose;
    List<WordPiece> pieces = WordPieceTokenizer.load(SpanTagger.VOCABULARY).tokenize(text);
    float[][] scores = tagger.scores(text, pieces);

    int runBegin = prose.length() + 2;
    int runEnd = runBegin + 2_000;
    for (int i = 0; i < pieces.size(); i++) {
      boolean inRun = pieces.get(i).begin() >= runBegin && pieces.get(i).end() <= runEnd;
      assertThat(scores[i][SpanTag.B_CUE.ordinal()])
          .as("piece %s", i)
          .matches(score -> inRun == (score == Float.NEGATIVE_INFINITY));
    }
    assertThat(spans(text, SpanRole.CUE)).containsExactly("said", "said");
  }

  @Test
  void stopsWhenItsThreadIsInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> tagger.tag("The senator said the bill would pass."))
          .isInstanceOf(RuntimeInterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void tagsNothingInAnEmptyText() {
    assertThat(tagger.tag("")).isEmpty();
  }
}
