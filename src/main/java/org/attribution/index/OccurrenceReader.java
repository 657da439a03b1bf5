package org.attribution.index;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.attribution.io.Gzip;
import org.attribution.io.JsonLinesFiles;

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

  /** Lines parsed at once, on all cores. */
  private static final int BATCH = 4096;

  private OccurrenceReader() {}

  /**
   * Reads every non-blank line of {@code files} in order, telling {@code problems} of each line or
   * attribution that could not be read, by file and line number.
   *
   * @throws IOException if a file cannot be opened or read
   */
  public static Result read(List<Path> files, IndexFields fields, Consumer<String> problems)
      throws IOException {
    List<Occurrence> occurrences = new ArrayList<>();
    int[] counts = new int[3];
    for (Path file : files) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  Gzip.decompressIfGzipped(new FileInputStream(file.toFile())),
                  StandardCharsets.UTF_8))) {
        List<String> batch = new ArrayList<>(BATCH);
        int first = 1;
        try {
          boolean checked = false;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!checked && !line.isBlank()) {
              JsonLinesFiles.refuseCsv(file, line);
              checked = true;
            }
            batch.add(line);
            if (batch.size() == BATCH) {
              add(file, first, batch, fields, occurrences, counts, problems);
              first += batch.size();
              batch.clear();
            }
          }
        } catch (IOException e) {
          // A corrupt or cut gzip member: the lines before it count, the loss is named.
          add(file, first, batch, fields, occurrences, counts, problems);
          counts[2]++;
          problems.accept(
              file
                  + ":"
                  + (first + batch.size())
                  + ": "
                  + e.getMessage()
                  + "; the lines after it are missing");
          continue;
        }
        add(file, first, batch, fields, occurrences, counts, problems);
      }
    }
    return new Result(occurrences, counts[0], counts[1], counts[2]);
  }

  /** Parses the lines of a batch at once, on all cores, and adds them in their order. */
  private static void add(
      Path file,
      int first,
      List<String> batch,
      IndexFields fields,
      List<Occurrence> occurrences,
      int[] counts,
      Consumer<String> problems) {
    List<OccurrenceLine> parsed =
        batch.parallelStream()
            .map(line -> line.isBlank() ? null : OccurrenceLine.parse(line, fields))
            .toList();
    for (int i = 0; i < parsed.size(); i++) {
      OccurrenceLine line = parsed.get(i);
      if (line == null) {
        continue;
      }
      occurrences.addAll(line.occurrences());
      counts[0] += line.kind() == OccurrenceLine.Kind.UNREADABLE ? 0 : 1;
      counts[1] += line.kind() == OccurrenceLine.Kind.FAILED ? 1 : 0;
      if (line.problem() != null) {
        counts[2]++;
        problems.accept(file + ":" + (first + i) + ": " + line.problem());
      }
    }
  }
}
