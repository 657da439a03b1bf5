package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GzipTest {

  /** The ways a later member of a gzip file breaks. */
  enum LaterMember {
    BAD_MAGIC,
    CUT_HEADER,
    TRAILING_GARBAGE;

    byte[] after(byte[] first, byte[] second) {
      return switch (this) {
        case BAD_MAGIC ->
            concat(first, new byte[] {0x1f, 0x00}, Arrays.copyOfRange(second, 2, second.length));
        case CUT_HEADER -> concat(first, Arrays.copyOf(second, 5));
        case TRAILING_GARBAGE -> concat(first, "garbage".getBytes(StandardCharsets.US_ASCII));
      };
    }
  }

  @Test
  void readsEveryMemberOfAMultiMemberFile() throws IOException {
    byte[] both = concat(gzip("one\n"), gzip("two\n"));

    assertThat(read(both)).isEqualTo("one\ntwo\n");
  }

  @Test
  void readsPlainBytesAsTheyAre() throws IOException {
    assertThat(read("plain\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("plain\n");
  }

  @ParameterizedTest
  @EnumSource(LaterMember.class)
  void aCorruptLaterMemberFailsNamingItsOffsetInsteadOfEndingQuietly(LaterMember broken)
      throws IOException {
    byte[] first = gzip("one\n");
    byte[] bytes = broken.after(first, gzip("two\n"));

    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the gzip member at byte " + first.length + " ");
  }

  private static String read(byte[] bytes) throws IOException {
    try (InputStream in = Gzip.decompressIfGzipped(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
