package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.attribution.eval.ContentCounts;
import org.attribution.eval.EvalCorpus;
import org.attribution.eval.Evaluator;
import org.attribution.eval.GoldSubset;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The annotated articles of {@code samples/}. With {@link Profile#ACCURATE}, the reference article
 * gives every required expected attribution with its canonical speaker, and nothing else but the
 * optional ones; the default profile gives every required one with its canonical speaker. Over the
 * project's own articles, with the default profile, the canonical speaker of the attributions found
 * is right for at least 95% of those whose gold names one, in each article, and most attributions
 * are found.
 */
class SamplesGoldenTest {

  private static final Path REFERENCE = Path.of("samples/putin-xi-2024-05-16.expected.jsonl");
  private static final double MIN_CANONICAL_ACCURACY = 0.95;
  private static final double MIN_RECALL = 0.85;
  private static final double MIN_PRECISION = 0.85;

  /**
   * The profile that gives the reference article exactly: the default finds its 12 required
   * attributions with their canonical speakers, and two the gold leaves out.
   */
  private static final Supplier<AttributionExtractor> ACCURATE =
      Suppliers.memoize(() -> AttributionExtractor.builder().profile(Profile.ACCURATE).build());

  @Test
  void referenceArticleGivesExactlyItsAttributions(@TempDir Path dir) throws IOException {
    JsonNode gold = AttributionJson.MAPPER.readTree(Files.readString(REFERENCE));
    List<Attribution> found = extract(ACCURATE.get(), gold);
    ContentCounts counts = score(REFERENCE, gold, found, dir);
    assertThat(counts.partial()).as("required attributions found").isEqualTo(counts.gold());
    assertThat(counts.predicted())
        .as("attributions reported beyond the expected ones")
        .isEqualTo(counts.gold());
    assertThat(counts.speaker()).as("attributions with the right speaker").isEqualTo(counts.gold());
    assertCanonicalSpeakers(gold, found);
  }

  @Test
  void defaultFindsEveryRequiredAttributionOfTheReferenceArticle(@TempDir Path dir)
      throws IOException {
    JsonNode gold = AttributionJson.MAPPER.readTree(Files.readString(REFERENCE));
    List<Attribution> found = extract(AttributionExtractor.defaultExtractor(), gold);
    ContentCounts counts = score(REFERENCE, gold, found, dir);
    assertThat(counts.partial()).as("required attributions found").isEqualTo(counts.gold());
    assertCanonicalSpeakers(gold, found);
  }

  /** Each required gold attribution has a match in {@code found} with its canonical speaker. */
  private static void assertCanonicalSpeakers(JsonNode gold, List<Attribution> found) {
    for (JsonNode g : gold.get("attributions")) {
      if (!g.path("optional").asBoolean(false)) {
        Attribution match = bestMatch(found, g, new BitSet());
        assertThat(match == null ? "<none found>" : match.speakerCanonical())
            .as(g.get("content").asString())
            .isEqualTo(g.get("speakerCanonical").asString(null));
      }
    }
  }

  @Test
  void projectSamplesGetTheirCanonicalSpeakers(@TempDir Path dir) throws IOException {
    int named = 0;
    int right = 0;
    int gold = 0;
    int matched = 0;
    int predicted = 0;
    List<String> wrong = new ArrayList<>();
    for (Path expected : projectSamples()) {
      JsonNode doc = AttributionJson.MAPPER.readTree(Files.readString(expected));
      assertSpansHoldTheirText(doc);
      List<Attribution> found = extract(AttributionExtractor.defaultExtractor(), doc);
      ContentCounts counts = score(expected, doc, found, dir);
      gold += counts.gold();
      matched += counts.partial();
      predicted += counts.predicted();
      BitSet used = new BitSet();
      int namedBefore = named;
      int rightBefore = right;
      for (JsonNode g : doc.get("attributions")) {
        String canonical = g.get("speakerCanonical").asString(null);
        Attribution match = g.path("optional").asBoolean(false) ? null : bestMatch(found, g, used);
        if (match != null && canonical != null) {
          named++;
          if (canonical.equalsIgnoreCase(String.valueOf(match.speakerCanonical()))) {
            right++;
          } else {
            wrong.add(
                g.get("content").asString()
                    + ": "
                    + match.speakerCanonical()
                    + " for "
                    + canonical);
          }
        }
      }
      assertThat((double) (right - rightBefore) / Math.max(1, named - namedBefore))
          .as("canonical speaker accuracy of %s; wrong: %s", expected, wrong)
          .isGreaterThanOrEqualTo(MIN_CANONICAL_ACCURACY);
    }
    assertThat(named)
        .as("matched attributions whose gold names a speaker")
        .isGreaterThanOrEqualTo(50);
    assertThat((double) right / named)
        .as("canonical speaker accuracy; wrong: %s", wrong)
        .isGreaterThanOrEqualTo(MIN_CANONICAL_ACCURACY);
    assertThat((double) matched / gold).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat((double) matched / predicted).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
  }

  private static List<Path> projectSamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files
          .filter(
              p -> p.toString().endsWith(".expected.jsonl") && !p.endsWith(REFERENCE.getFileName()))
          .sorted()
          .toList();
    }
  }

  private static List<Attribution> extract(AttributionExtractor extractor, JsonNode gold) {
    return extractor.extract(Document.of(gold.get("id").asString(), gold.get("text").asString()));
  }

  private static ContentCounts score(
      Path expected, JsonNode gold, List<Attribution> found, Path dir) throws IOException {
    Path predicted = dir.resolve(gold.get("id").asString() + ".jsonl");
    Files.writeString(predicted, AttributionJson.line(gold.get("id").asString(), found) + "\n");
    return Evaluator.evaluate(
            EvalCorpus.readGold(expected), EvalCorpus.readPredicted(predicted), GoldSubset.ALL)
        .content();
  }

  /** Each gold string is the text at its span: the gold was computed, not counted by hand. */
  private static void assertSpansHoldTheirText(JsonNode doc) {
    String text = doc.get("text").asString();
    for (JsonNode g : doc.get("attributions")) {
      for (String role : List.of("cue", "speaker", "document")) {
        JsonNode span = g.get(role + "Span");
        if (span != null && !span.isNull()) {
          assertThat(text.substring(span.get(0).asInt(), span.get(1).asInt()))
              .isEqualTo(g.get(role).asString());
        }
      }
      List<String> parts = new ArrayList<>();
      for (JsonNode part : parts(g)) {
        parts.add(text.substring(part.get(0).asInt(), part.get(1).asInt()));
      }
      assertThat(String.join(" ", parts))
          .as(doc.get("id").asString())
          .isEqualTo(g.get("content").asString());
    }
  }

  private static List<JsonNode> parts(JsonNode attribution) {
    JsonNode spans = attribution.get("contentSpans");
    List<JsonNode> out = new ArrayList<>();
    (spans == null || spans.isNull() ? List.of(attribution.get("contentSpan")) : spans)
        .forEach(out::add);
    return out;
  }

  /**
   * The found attribution, not in {@code used}, whose content characters best overlap the gold
   * content's parts (intersection over union at least 0.5); it joins {@code used}.
   */
  private static Attribution bestMatch(List<Attribution> found, JsonNode gold, BitSet used) {
    BitSet goldChars = new BitSet();
    for (JsonNode part : parts(gold)) {
      goldChars.set(part.get(0).asInt(), part.get(1).asInt());
    }
    int best = -1;
    double bestIou = 0.5;
    for (int i = 0; i < found.size(); i++) {
      BitSet chars = new BitSet();
      found.get(i).contentSpans().forEach(p -> chars.set(p.begin(), p.end()));
      BitSet union = (BitSet) chars.clone();
      union.or(goldChars);
      chars.and(goldChars);
      double iou = (double) chars.cardinality() / union.cardinality();
      if (!used.get(i) && iou >= bestIou) {
        best = i;
        bestIou = iou;
      }
    }
    if (best < 0) {
      return null;
    }
    used.set(best);
    return found.get(best);
  }
}
