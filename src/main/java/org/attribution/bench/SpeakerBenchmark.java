package org.attribution.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.attribution.index.Occurrence;
import org.attribution.speakers.Speaker;
import org.attribution.speakers.SpeakerIndex;
import org.attribution.speakers.SpeakerJson;

/**
 * Measures the speaker index on a synthetic archive ({@link SyntheticQuotes}): the time to read the
 * extraction output, index its speakers (the quote index of the same occurrences included, for the
 * quote ids) and write them, and the heap it takes.
 *
 * <pre>
 * java -Xmx2g -cp target/attribution-extractor.jar org.attribution.bench.SpeakerBenchmark [ATTRIBUTIONS [SEED]]
 * </pre>
 *
 * <p>Writing the synthetic archive to a temporary file is not timed; reading it back is. The
 * figures are one run's: run it on an otherwise idle machine.
 */
public final class SpeakerBenchmark {

  private SpeakerBenchmark() {}

  public static void main(String[] args) throws IOException {
    ArchiveBenchmark.main("speaker-bench", args, SpeakerBenchmark::index);
  }

  static ArchiveBenchmark.Index index(List<Occurrence> read) {
    SpeakerIndex.Result index = SpeakerIndex.of(read, false);
    return new ArchiveBenchmark.Index(
        index,
        String.format(
            Locale.ROOT,
            "Speakers: %,d, of them %,d ambiguous; the most quoted has %,d attributions",
            index.speakers().size(),
            index.speakers().stream().filter(Speaker::ambiguous).count(),
            index.speakers().isEmpty() ? 0 : index.speakers().get(0).count()),
        writer -> SpeakerJson.write(index.speakers(), writer));
  }
}
