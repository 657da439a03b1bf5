package org.attribution.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.attribution.CueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueLexiconTest {

  private static Optional<CueEntry> match(CueLexicon lexicon, String... lemmas) {
    return lexicon.longestMatch(i -> lemmas[i], i -> lemmas[i], 0, lemmas.length);
  }

  @Test
  void bundledLexiconHasSpeechClaimAndMultiWordCues() {
    CueLexicon lexicon = CueLexicon.bundled();
    assertThat(match(lexicon, "say")).get().extracting(CueEntry::kind).isEqualTo(CueKind.SPEECH);
    assertThat(match(lexicon, "show")).get().extracting(CueEntry::kind).isEqualTo(CueKind.CLAIM);
    assertThat(match(lexicon, "according", "to"))
        .get()
        .extracting(CueEntry::frame)
        .isEqualTo(CueEntry.Frame.PREPOSITION);
  }

  @Test
  void prefersTheLongestEntry() {
    assertThat(match(CueLexicon.bundled(), "point", "out", "that"))
        .get()
        .extracting(CueEntry::length)
        .isEqualTo(2);
  }

  @Test
  void laterLineReplacesEarlierOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cues.txt");
    Files.writeString(file, "speech verb hope  # first\nclaim verb hope\n\n");
    assertThat(match(CueLexicon.fromFile(file), "hope"))
        .get()
        .extracting(CueEntry::kind)
        .isEqualTo(CueKind.CLAIM);
  }

  @Test
  void rejectsUnknownKindNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "rumour verb whisper\n");
    assertThatThrownBy(() -> CueLexicon.fromFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt")
        .hasMessageContaining("rumour");
  }
}
