package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFilesTest {

  @TempDir Path dir;

  @Test
  void readsTheSparkPartsOfAFolderInNameOrderLeavingOutMarkersAndChecksums() throws IOException {
    for (String name :
        new String[] {
          "part-00001-x.txt",
          "part-00000-x.txt",
          "_SUCCESS",
          ".part-00000-x.txt.crc",
          "more.jsonl.gz",
          "notes.md"
        }) {
      Files.writeString(dir.resolve(name), "");
    }

    assertThat(JsonLinesFiles.of(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("more.jsonl.gz", "part-00000-x.txt", "part-00001-x.txt");
  }

  @Test
  void takesAFileAsItIs() throws IOException {
    Path file = Files.writeString(dir.resolve("out.txt"), "");

    assertThat(JsonLinesFiles.of(file)).containsExactly(file);
  }

  @Test
  void refusesAFolderWithoutJsonLinesAndAPathThatDoesNotExist() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "");

    assertThatThrownBy(() -> JsonLinesFiles.of(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("folder " + dir + " holds no JSON Lines files");
    assertThatThrownBy(() -> JsonLinesFiles.of(dir.resolve("none")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
