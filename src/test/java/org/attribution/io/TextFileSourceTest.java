package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileSourceTest {

  @TempDir Path dir;

  @Test
  void readsFolderRecursivelyInSortedOrderWithRelativeIdsWithoutExtension() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.writeString(dir.resolve("b/inner/z.txt"), "Zed.");
    Files.writeString(dir.resolve("a.txt"), "Ay.");
    Files.writeString(dir.resolve("b/c.txt"), "Sea.");
    Files.writeString(dir.resolve("notes.md"), "not an article");

    List<SourceRecord> records = readAll(TextFileSource.open(dir));

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "b/c", "b/inner/z");
    assertThat(((SourceRecord.Article) records.get(1)).document().text()).isEqualTo("Sea.");
  }

  @Test
  void symlinkCycleInAFolderIsWalkedOnceAndCountedAsRead() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Ay.");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "Bee.");
    Files.createSymbolicLink(dir.resolve("loop1"), dir);
    Files.createSymbolicLink(dir.resolve("sub/loop2"), Path.of(".."));

    TextFileSource source = TextFileSource.open(dir);
    List<SourceRecord> records = readAll(source);

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "sub/b");
    assertThat(source.size()).hasValue(records.size());
  }

  @Test
  void namedPipeInAFolderIsSkippedWithAnErrorRecordInsteadOfBlocking() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Ay.");
    Path fifo = dir.resolve("b.txt");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    List<SourceRecord> records = readAll(TextFileSource.open(dir));

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "b");
    assertThat(records.get(1))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> assertThat(u.message()).contains("is not a regular file"));
  }

  @Test
  void knowsHowManyFilesAFolderHolds() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("one.txt"), "1");
    Files.writeString(dir.resolve("sub/two.txt"), "2");
    Files.writeString(dir.resolve("sub/skip.html"), "3");

    assertThat(TextFileSource.open(dir).size()).hasValue(2);
  }

  @Test
  void readsASingleFileWhateverItsExtension() throws IOException {
    Path file = Files.writeString(dir.resolve("article.text"), "Body.");

    List<SourceRecord> records = readAll(TextFileSource.open(file));

    assertThat(records)
        .singleElement()
        .satisfies(r -> assertThat(((SourceRecord.Article) r).document().text()).isEqualTo("Body."))
        .extracting(SourceRecord::id)
        .isEqualTo("article.text");
  }

  @Test
  void turnsAnUnreadableFileIntoAnErrorRecordAndGoesOn() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "fine");
    Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("missing-target"));
    Files.writeString(dir.resolve("c.txt"), "fine too");

    List<SourceRecord> records = readAll(TextFileSource.open(dir));

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "b", "c");
    assertThat(records.get(1))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class, u -> assertThat(u.message()).contains("b.txt"));
  }

  @Test
  void readsBytesThatAreNotUtf8AsReplacementCharacters() throws IOException {
    byte[] bytes = {
      '"',
      'O',
      'k',
      '"',
      ' ',
      (byte) 0xe9,
      0,
      (byte) 0xff,
      (byte) 0xc3,
      ' ',
      (byte) 0xf0,
      (byte) 0x9f,
      'x'
    };
    Files.write(dir.resolve("binary.txt"), bytes);

    List<SourceRecord> records = readAll(TextFileSource.open(dir));

    assertThat(records)
        .singleElement()
        .isInstanceOfSatisfying(
            SourceRecord.Article.class,
            a ->
                assertThat(a.document().text())
                    .isEqualTo("\"Ok\" \ufffd\u0000\ufffd\ufffd \ufffdx"));
  }

  @Test
  void givesAFileTooLargeForAnyTextAnErrorRecordWithoutReadingIt() throws IOException {
    Path huge = dir.resolve("video.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(
          3L << 30); // sparse: takes no disk, but reading it whole would exhaust the heap
    }
    Files.writeString(dir.resolve("z.txt"), "fine");

    List<SourceRecord> records = readAll(TextFileSource.open(dir));

    assertThat(records).extracting(SourceRecord::id).containsExactly("video", "z");
    assertThat(records.get(0))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u ->
                assertThat(u.message())
                    .isEqualTo(
                        huge
                            + " has more than 3,000,000 bytes, more than any text the extractor takes (1,000,000 characters)"));
  }

  @Test
  void gzippedTextFileIsDecompressed() throws IOException {
    Path file = dir.resolve("a.txt.gz");
    Files.write(file, JsonLinesSourceTest.gzip("\"Hi\" said he."));

    List<SourceRecord> records = readAll(TextFileSource.open(file));

    assertThat(((SourceRecord.Article) records.get(0)).document().text())
        .isEqualTo("\"Hi\" said he.");
  }

  @Test
  void utf16TextWithAByteOrderMarkIsDecodedAsUtf16AndUtf8MarkDropped() throws IOException {
    Path utf16 =
        Files.writeString(
            dir.resolve("le.txt"), "\uFEFF\"Hi\" said he.", StandardCharsets.UTF_16LE);
    Path utf8 =
        Files.writeString(dir.resolve("u8.txt"), "\uFEFF\"Hi\" said he.", StandardCharsets.UTF_8);

    for (Path file : List.of(utf16, utf8)) {
      assertThat(
              ((SourceRecord.Article) readAll(TextFileSource.open(file)).get(0)).document().text())
          .isEqualTo("\"Hi\" said he.");
    }
  }

  @Test
  void refusesAMissingFile() {
    assertThatThrownBy(() -> TextFileSource.open(dir.resolve("nope.txt")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nope.txt");
  }

  static List<SourceRecord> readAll(DocumentSource source) throws IOException {
    List<SourceRecord> all = new ArrayList<>();
    try (source) {
      for (Optional<SourceRecord> r = source.next(); r.isPresent(); r = source.next()) {
        all.add(r.get());
      }
    }
    return all;
  }
}
