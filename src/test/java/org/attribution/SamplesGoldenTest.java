package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attribution.eval.ContentCounts;
import org.attribution.eval.EvalCorpus;
import org.attribution.eval.Evaluator;
import org.attribution.eval.GoldSubset;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Each article in {@code samples/} with an {@code .expected.jsonl} file: every required expected
 * attribution is found with its canonical speaker, and nothing else is reported but the optional
 * ones.
 */
class SamplesGoldenTest {

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.filter(p -> p.toString().endsWith(".expected.jsonl")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void findsExactlyTheExpectedAttributions(Path expected, @TempDir Path dir) throws IOException {
    JsonNode gold = AttributionJson.MAPPER.readTree(Files.readString(expected));
    String id = gold.get("id").asString();
    String text = gold.get("text").asString();
    List<Attribution> found = AttributionExtractor.defaultExtractor().extract(Document.of(id, text));
    Path predicted = dir.resolve("predicted.jsonl");
    Files.writeString(predicted, AttributionJson.line(id, found) + "\n");

    ContentCounts counts = Evaluator.evaluate(
        EvalCorpus.readGold(expected), EvalCorpus.readPredicted(predicted), GoldSubset.ALL).content();
    assertThat(counts.partial()).as("required attributions found").isEqualTo(counts.gold());
    assertThat(counts.predicted()).as("attributions reported beyond the expected ones").isEqualTo(counts.gold());
    assertThat(counts.speaker()).as("attributions with the right speaker").isEqualTo(counts.gold());
    for (JsonNode g : gold.get("attributions")) {
      if (!g.path("optional").asBoolean(false)) {
        assertThat(canonicalOfBestMatch(found, g)).as(g.get("content").asString())
            .isEqualTo(g.get("speakerCanonical").asString(null));
      }
    }
  }

  /** The canonical speaker of the found attribution whose content best overlaps the gold one. */
  private static String canonicalOfBestMatch(List<Attribution> found, JsonNode gold) {
    Span g = Span.of(gold.get("contentSpan").get(0).asInt(), gold.get("contentSpan").get(1).asInt());
    Attribution best = null;
    double bestIou = 0;
    for (Attribution a : found) {
      Span p = a.contentSpan();
      double overlap = Math.min(p.end(), g.end()) - Math.max(p.begin(), g.begin());
      double iou = overlap / p.union(g).length();
      if (iou > bestIou) {
        best = a;
        bestIou = iou;
      }
    }
    return best == null ? "<none found>" : best.speakerCanonical();
  }
}
