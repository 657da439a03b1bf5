package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionExtractorTest {

  @Test
  void rejectsNullTextWithClearMessage() {
    assertThatThrownBy(() -> AttributionExtractor.extract((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text must not be null");
  }

  @Test
  void buildsTheProfileAskedForAndDefaultsToAccurate() {
    AttributionExtractor fast = AttributionExtractor.builder().profile(Profile.FAST).build();

    assertThat(fast.profile()).isEqualTo(Profile.FAST);
    assertThat(fast.extract(Document.of("d", "Officials said that the plan failed."))).hasSize(1);
    assertThat(AttributionExtractor.defaultExtractor().profile()).isEqualTo(Profile.ACCURATE);
  }

  @Test
  void returnsEmptyListForEmptyText() {
    assertThat(AttributionExtractor.extract("")).isEmpty();
    assertThat(AttributionExtractor.extract("  \n\n ")).isEmpty();
  }

  @Test
  void returnsEmptyListForTextWithoutAttribution() {
    assertThat(AttributionExtractor.extract("The river rose overnight. Boats stayed in port.")).isEmpty();
  }

  @Test
  void reportsSpansThatCoverTheReportedStrings() {
    String text = "\u201cWe will win,\u201d said Jane Smith. According to a party statement, "
        + "turnout rose.";
    List<Attribution> found = AttributionExtractor.extract(text);
    assertThat(found).hasSize(2);
    for (Attribution a : found) {
      assertThat(a.contentSpan().in(text)).isEqualTo(a.content());
      if (a.cue() != null) {
        assertThat(a.cueSpan().in(text)).isEqualTo(a.cue());
      }
      if (a.speaker() != null) {
        assertThat(a.speakerSpan().in(text)).isEqualTo(a.speaker());
      }
      if (a.document() != null) {
        assertThat(a.documentSpan().in(text)).isEqualTo(a.document());
      }
    }
  }

  @Test
  void readsCuesFromCustomLexicon(@TempDir Path dir) throws Exception {
    Path lexicon = dir.resolve("cues.txt");
    Files.writeString(lexicon, "# only one cue\nspeech verb grumble\n");
    AttributionExtractor extractor = AttributionExtractor.builder().cueLexicon(lexicon).build();
    List<Attribution> found =
        extractor.extract(Document.of("d", "The coach grumbled that the pitch was wet."));
    assertThat(found).extracting(Attribution::cue).containsExactly("grumbled");
    assertThat(found.get(0).cueKind()).isEqualTo(CueKind.SPEECH);
    assertThat(extractor.cueLexicon()).contains(lexicon);
  }
}
