package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardInputFormatTest {

  private static InputFormat sniff(byte[] bytes) throws IOException {
    BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
    InputFormat format = StandardInputFormat.sniff(in);
    assertThat(in.readAllBytes()).as("left at its start").isEqualTo(bytes);
    return format;
  }

  private static InputFormat sniff(String text) throws IOException {
    return sniff(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void takesAnObjectAfterBlankLinesOrABomForJsonLines() throws IOException {
    assertThat(sniff("\n  {\"id\": \"a\"}\n")).isEqualTo(InputFormat.JSONL);
    assertThat(sniff("\uFEFF{\"id\": \"a\"}\n")).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void takesGzipForJsonLinesAndWarcForAnArchive() throws IOException {
    assertThat(sniff(new byte[] {0x1f, (byte) 0x8b, 8, 0})).isEqualTo(InputFormat.JSONL);
    assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(InputFormat.WARC);
  }

  @Test
  void takesAnythingElseForPlainText() throws IOException {
    assertThat(sniff("The mayor said that the bridge would open.")).isEqualTo(InputFormat.TXT);
    assertThat(sniff("\"We will win,\" the coach said.")).isEqualTo(InputFormat.TXT);
  }

  @Test
  void takesAnEmptyInputForJsonLinesWithNoDocument() throws IOException {
    assertThat(sniff("")).isEqualTo(InputFormat.JSONL);
  }
}
