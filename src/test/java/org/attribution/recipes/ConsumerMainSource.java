package org.attribution.recipes;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;

/**
 * What a consumer project runs: for each profile named, each sample's attributions, one line each;
 * a profile whose extractor cannot be built gives one line with the message. The same class is
 * compiled into the consumer project from its source, so both sides print alike.
 */
public final class ConsumerMainSource {

  private ConsumerMainSource() {}

  /** {@code args}: profile names, then {@code --}, then sample text files. */
  public static void main(String[] args) throws Exception {
    int split = List.of(args).indexOf("--");
    run(List.of(args).subList(0, split), List.of(args).subList(split + 1, args.length), System.out);
  }

  /** Prints the lines of {@code profiles} over {@code samples} to {@code out}. */
  public static void run(List<String> profiles, List<String> samples, PrintStream out)
      throws Exception {
    for (String profile : profiles) {
      AttributionExtractor extractor;
      try {
        extractor = AttributionExtractor.builder().profile(Profile.valueOf(profile)).build();
      } catch (RuntimeException e) {
        out.println(profile + "\tcannot build: " + e.getMessage());
        continue;
      }
      for (String sample : samples) {
        Path file = Path.of(sample);
        String id = file.getFileName().toString();
        for (Attribution a : extractor.extract(Document.of(id, Files.readString(file)))) {
          out.println(profile + "\t" + id + "\t" + a);
        }
      }
    }
  }
}
