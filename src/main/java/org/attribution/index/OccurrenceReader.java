package org.attribution.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.attribution.io.Gzip;

/**
 * Reads the occurrences of quotations from the JSON Lines that {@code extract} writes, plain or
 * gzipped, line by line ({@link OccurrenceLine}). A line that cannot be read is reported and
 * skipped, never the end of the run.
 *
 * <p>Stateless and thread-safe.
 */
public final class OccurrenceReader {

  /**
   * What was read.
   *
   * @param documents lines that held a document, failed ones included
   * @param failed extraction error records: documents without attributions to index
   * @param problems lines or attributions that could not be read
   */
  public record Result(List<Occurrence> occurrences, int documents, int failed, int problems) {}

  private OccurrenceReader() {}

  /**
   * Reads every non-blank line of {@code files} in order, telling {@code problems} of each line or
   * attribution that could not be read, by file and line number.
   *
   * @throws IOException if a file cannot be opened or read
   */
  public static Result read(List<Path> files, IndexFields fields, Consumer<String> problems) throws IOException {
    List<Occurrence> occurrences = new ArrayList<>();
    int documents = 0;
    int failed = 0;
    int bad = 0;
    for (Path file : files) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          Gzip.decompressIfGzipped(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          OccurrenceLine parsed = OccurrenceLine.parse(line, fields);
          occurrences.addAll(parsed.occurrences());
          documents += parsed.kind() == OccurrenceLine.Kind.UNREADABLE ? 0 : 1;
          failed += parsed.kind() == OccurrenceLine.Kind.FAILED ? 1 : 0;
          if (parsed.problem() != null) {
            bad++;
            problems.accept(file + ":" + number + ": " + parsed.problem());
          }
        }
      }
    }
    return new Result(occurrences, documents, failed, bad);
  }
}
