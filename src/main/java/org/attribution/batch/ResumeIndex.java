package org.attribution.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.attribution.io.AttributionJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Prepares a JSON Lines output for {@code --resume}: reads the ids already complete and repairs the
 * end of the file that an interruption left torn (a line without its line break, or a gzip stream
 * cut short), so that appending to it gives exactly one line per document.
 *
 * <p>Stateless and thread-safe; do not run it on a file another process is writing.
 */
public final class ResumeIndex {

  private ResumeIndex() {}

  /**
   * Repairs {@code output} and returns the ids it holds; a missing file holds none.
   *
   * @throws IOException if the file cannot be read or rewritten, or holds a line that is not an
   *     output record before its last line (it is then not an output of this command)
   */
  public static CompletedIds repairAndLoad(Path output) throws IOException {
    return repairAndLoad(output, OutputGuard.none());
  }

  /**
   * The same, for an output {@code guard} holds: a gzipped output replaced by its repaired copy is
   * locked again.
   */
  public static CompletedIds repairAndLoad(Path output, OutputGuard guard) throws IOException {
    if (!Files.exists(output)) {
      return CompletedIds.none();
    }
    boolean gzipped = OutputFile.isGzipped(output);
    Scan scan;
    try (InputStream in = open(output, gzipped)) {
      scan = Scan.of(in, output, gzipped);
    }
    if (gzipped && Files.size(output) > 0) {
      // Always rewritten: gzip readers stop quietly at a cut between members, which would hide
      // everything appended after the cut.
      rewriteGzipPrefix(output, scan.goodBytes);
      guard.relock();
    } else if (scan.damaged) {
      try (FileChannel channel = FileChannel.open(output, StandardOpenOption.WRITE)) {
        channel.truncate(scan.goodBytes);
      }
    }
    return CompletedIds.ofHashes(scan.hashes, scan.count);
  }

  private static InputStream open(Path file, boolean gzipped) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return gzipped && Files.size(file) > 0
        ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16)
        : in;
  }

  /**
   * A gzip file cannot be cut in place: its sound part is recompressed into a new file beside it
   * (made by this run alone, never a file or link already there), then moved over the output's real
   * file, so that an output given through a link stays a link.
   */
  private static void rewriteGzipPrefix(Path output, long goodBytes) throws IOException {
    Path target = OutputTarget.realTarget(output);
    Path temp = OutputTarget.createTemp(target);
    try {
      try (InputStream in = open(output, true);
          OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
        copy(in, out, goodBytes);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void copy(InputStream in, OutputStream out, long bytes) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = bytes;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("output changed while it was being repaired");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  /** One pass over the uncompressed bytes of an output. */
  private static final class Scan {
    long[] hashes = new long[1024];
    int count;
    long goodBytes;
    boolean damaged;

    static Scan of(InputStream in, Path file, boolean gzipped) throws IOException {
      Scan scan = new Scan();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long lineNumber = 0;
      String pendingBadLine = null;
      while (true) {
        int b;
        try {
          b = in.read();
        } catch (IOException e) {
          if (!gzipped) {
            throw e;
          }
          // A gzip stream cut short by the interruption: keep the lines before the cut.
          scan.damaged = true;
          return scan;
        }
        if (b < 0) {
          if (pendingBadLine != null) {
            // A whole last line that is no record: interruptions tear lines, they do not end them.
            throw new IOException(pendingBadLine);
          }
          if (line.size() > 0 && scan.count == 0 && !startsLikeARecord(line)) {
            throw new IOException(
                file + " holds no output record of this command; cannot resume into this file");
          }
          scan.damaged |= line.size() > 0;
          return scan;
        }
        if (b != '\n') {
          line.write(b);
          continue;
        }
        lineNumber++;
        if (pendingBadLine != null) {
          throw new IOException(pendingBadLine);
        }
        String id = idOf(line.toString(StandardCharsets.UTF_8));
        if (id == null) {
          // Only the last line may be torn; a bad line followed by more lines is not ours.
          pendingBadLine =
              file
                  + " line "
                  + lineNumber
                  + " is not an output record of this command; cannot resume into this file";
        } else {
          scan.add(id);
          scan.goodBytes += line.size() + 1;
        }
        line.reset();
      }
    }

    /** Whether a torn line begins as this command's records do, with their id. */
    private static boolean startsLikeARecord(ByteArrayOutputStream line) {
      return line.toString(StandardCharsets.UTF_8).startsWith("{\"id\":");
    }

    private void add(String id) {
      if (count == hashes.length) {
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      hashes[count++] = CompletedIds.hash(id);
    }

    private static String idOf(String line) {
      try {
        JsonNode node = AttributionJson.MAPPER.readTree(line);
        boolean record =
            node.isObject()
                && node.path("id").isString()
                && (node.path("attributions").isArray() || node.path("error").isObject());
        return record ? node.get("id").asString() : null;
      } catch (JacksonException e) {
        return null;
      }
    }
  }
}
