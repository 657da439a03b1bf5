package org.attribution.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.attribution.internal.BundledModels;
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

    assertThat(pieces).hasSizeGreaterThan(tagger.windowPieces());
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
  void readsTheShippedModelOnWindowsOfTheDefaultLength() {
    assertThat(tagger.windowPieces()).isEqualTo(SpanTagger.DEFAULT_WINDOW_PIECES);
  }

  @Test
  void readsAModelOnTheWindowItsMetadataGives() throws IOException {
    try (SpanTagger longer = withMetadata(SpanTagger.WINDOW_METADATA, "510")) {
      assertThat(longer.windowPieces()).isEqualTo(510);
      assertThat(longer.tag("The senator said the bill would pass next week."))
          .extracting(TaggedSpan::role)
          .contains(SpanRole.SOURCE, SpanRole.CUE, SpanRole.CONTENT);
    }
  }

  @Test
  void refusesAModelWhoseWindowIsLongerThanTheEncoderReads() {
    assertThatThrownBy(() -> withMetadata(SpanTagger.WINDOW_METADATA, "600"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("window_pieces is 600");
  }

  /**
   * The shipped model with one more metadata entry: a serialized protobuf message takes a repeated
   * field appended to its end, and {@code metadata_props} is field 14 of ONNX's {@code ModelProto}.
   */
  private static SpanTagger withMetadata(String key, String value) throws IOException {
    ByteArrayOutputStream entry = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(entry);
    out.writeString(1, key);
    out.writeString(2, value);
    out.flush();
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    try (InputStream shipped = BundledModels.open(SpanTagger.MODEL)) {
      shipped.transferTo(model);
    }
    CodedOutputStream tail = CodedOutputStream.newInstance(model);
    tail.writeByteArray(14, entry.toByteArray());
    tail.flush();
    return SpanTagger.of(
        model.toByteArray(),
        WordPieceTokenizer.load(SpanTagger.VOCABULARY),
        TagDecoder.constrained());
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
