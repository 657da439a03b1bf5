package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeIndexTest {

  private static final String A = "{\"id\":\"a\",\"attributions\":[]}\n";
  private static final String B =
      "{\"id\":\"b\",\"error\":{\"kind\":\"timeout\",\"message\":\"slow\"}}\n";
  private static final String TORN = "{\"id\":\"c\",\"attribu";

  @TempDir Path dir;

  @Test
  void findsNothingDoneWhenThereIsNoOutputYet() throws IOException {
    assertThat(ResumeIndex.repairAndLoad(dir.resolve("out.jsonl")).size()).isZero();
  }

  @Test
  void readsTheIdsOfCompleteRecordsIncludingErrorRecords() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), A + B);

    CompletedIds done = ResumeIndex.repairAndLoad(out);

    assertThat(done.size()).isEqualTo(2);
    assertThat(done.claim("a")).isTrue();
    assertThat(done.claim("b")).isTrue();
    assertThat(done.claim("c")).isFalse();
    assertThat(Files.readString(out)).isEqualTo(A + B);
  }

  @Test
  void cutsATornLastLine() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), A + B + TORN);

    CompletedIds done = ResumeIndex.repairAndLoad(out);

    assertThat(done.claim("c")).isFalse();
    assertThat(Files.readString(out)).isEqualTo(A + B);
  }

  @Test
  void cutsACompleteRecordThatLostItsLineBreak() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), A + B.strip());

    CompletedIds done = ResumeIndex.repairAndLoad(out);

    assertThat(done.size()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo(A);
  }

  @Test
  void keepsTheSoundPartOfAGzipCutShortSoThatAppendedMembersStayReadable() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      lines
          .append("{\"id\":\"doc-")
          .append(i)
          .append("\",\"attributions\":[],\"n\":")
          .append(i * 7919L % 10007)
          .append("}\n");
    }
    byte[] whole = gzip(lines.toString());
    Path out = dir.resolve("out.jsonl.gz");
    Files.write(out, Arrays.copyOf(whole, whole.length / 2));

    CompletedIds done = ResumeIndex.repairAndLoad(out);
    try (var appended =
        new GZIPOutputStream(Files.newOutputStream(out, java.nio.file.StandardOpenOption.APPEND))) {
      appended.write("{\"id\":\"new\",\"attributions\":[]}\n".getBytes(StandardCharsets.UTF_8));
    }

    List<String> kept = gunzip(out).lines().toList();
    assertThat(done.size()).isPositive().isLessThan(3000).isEqualTo(kept.size() - 1);
    assertThat(kept.get(kept.size() - 2))
        .isEqualTo(lines.toString().lines().toList().get(done.size() - 1));
    assertThat(kept.get(kept.size() - 1)).contains("\"new\"");
  }

  @Test
  void refusesAFileWhoseLinesAreNotOutputRecords() throws IOException {
    Path out =
        Files.writeString(
            dir.resolve("articles.jsonl"), "{\"id\":\"x\",\"text\":\"an input\"}\n" + A);

    assertThatThrownBy(() -> ResumeIndex.repairAndLoad(out))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("not an output record");
    assertThat(Files.readString(out)).startsWith("{\"id\":\"x\"");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
