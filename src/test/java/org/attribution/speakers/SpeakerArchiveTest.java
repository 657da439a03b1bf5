package org.attribution.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attribution.cli.Main;
import org.attribution.io.AttributionJson;
import org.attribution.testing.SpeakerArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The constructed speaker archive ({@code org/attribution/speakers/archive.jsonl}, described in the
 * README beside it) through {@code extract --profile FAST} and {@code speakers}, scored against its
 * gold file: pairwise precision and recall of the merging over the archive's mentions, a mention
 * being a source named in one article (its gold source, and the speaker the index gave it).
 */
class SpeakerArchiveTest {

  @TempDir static Path dir;

  private static List<JsonNode> speakers;
  private static Map<String, List<JsonNode>> gold;

  /** A source named in one article: its gold source and the speaker the index gave it. */
  private record Mention(String document, String source, String speaker) {}

  @BeforeAll
  static void extractAndIndex() throws IOException {
    Path extracted = dir.resolve("archive.out.jsonl");
    Path index = dir.resolve("speakers.jsonl");
    assertThat(Main.commandLine().execute(SpeakerArchive.extractArguments(extracted))).isZero();
    assertThat(
            Main.commandLine()
                .execute(
                    "speakers",
                    "--input",
                    extracted.toString(),
                    "--output",
                    index.toString(),
                    "--quiet"))
        .isZero();
    speakers = read(index);
    gold = new HashMap<>();
    for (JsonNode line : read(SpeakerArchive.gold())) {
      gold.put(line.get("id").asString(), line.get("sources").valueStream().toList());
    }
  }

  private static List<JsonNode> read(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(AttributionJson.MAPPER::readTree).toList();
  }

  /**
   * The gold source of a name in {@code document}: the one with a name that ends the name used
   * there, the longest such; null when none or two match.
   */
  private static String goldSource(String document, String... names) {
    String best = null;
    int bestLength = 0;
    boolean tie = false;
    for (String name : names) {
      if (name == null) {
        continue;
      }
      String used = " " + name.toLowerCase(Locale.ROOT);
      for (JsonNode source : gold.getOrDefault(document, List.of())) {
        for (JsonNode n : source.get("names")) {
          String g = n.asString().toLowerCase(Locale.ROOT);
          if (used.endsWith(" " + g) && g.length() >= bestLength) {
            String id = source.get("source").asString();
            tie = g.length() == bestLength && best != null && !best.equals(id);
            best = id;
            bestLength = g.length();
          }
        }
      }
      if (best != null) {
        return tie ? null : best;
      }
    }
    return null;
  }

  private static Set<Mention> mentions() {
    Set<Mention> mentions = new LinkedHashSet<>();
    for (JsonNode speaker : speakers) {
      for (JsonNode o : speaker.get("occurrences")) {
        String document = o.get("document").asString();
        String source =
            goldSource(document, o.get("speaker").asString(null), o.get("mention").asString(null));
        if (source != null) {
          mentions.add(new Mention(document, source, speaker.get("id").asString()));
        }
      }
    }
    return mentions;
  }

  @Test
  void mergesTheSourcesOfTheArchiveWithinTheTargets() {
    List<Mention> mentions = new ArrayList<>(mentions());
    long together = 0;
    long same = 0;
    long both = 0;
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        boolean predicted = mentions.get(i).speaker().equals(mentions.get(j).speaker());
        boolean truth = mentions.get(i).source().equals(mentions.get(j).source());
        together += predicted ? 1 : 0;
        same += truth ? 1 : 0;
        both += predicted && truth ? 1 : 0;
      }
    }
    double precision = (double) both / together;
    double recall = (double) both / same;
    System.out.printf(
        Locale.ROOT,
        "Speaker merging on the constructed archive: %d mentions of %d sources in %d articles;"
            + " pairwise precision %.3f (%d of %d pairs joined), recall %.3f (%d of %d pairs)%n",
        mentions.size(),
        mentions.stream().map(Mention::source).distinct().count(),
        gold.size(),
        precision,
        both,
        together,
        recall,
        both,
        same);

    assertThat(gold).hasSizeGreaterThanOrEqualTo(40);
    assertThat(mentions).hasSizeGreaterThanOrEqualTo(50);
    assertThat(precision).isGreaterThanOrEqualTo(0.98);
    assertThat(recall).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void marksASurnameTheArchiveCannotPlaceAsAmbiguous() {
    JsonNode farm =
        speakers.stream()
            .filter(
                s ->
                    s.get("name").asString().equals("Nwosu")
                        && s.get("firstSeen").get("document").asString().equals("farm-wire"))
            .findFirst()
            .orElseThrow();

    assertThat(farm.get("ambiguous").asBoolean()).isTrue();
    assertThat(farm.get("candidates")).hasSize(2);
  }

  @Test
  void joinsASurnameToTheBearerTheTextsGiveTheSameGender() {
    JsonNode owen =
        speakers.stream()
            .filter(s -> s.get("name").asString().equals("Owen Hollis"))
            .findFirst()
            .orElseThrow();

    assertThat(owen.get("occurrences").valueStream().map(o -> o.get("document").asString()))
        .contains("nurses-gazette-2");
  }
}
