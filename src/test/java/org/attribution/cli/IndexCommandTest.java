package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attribution.io.AttributionJson;
import org.attribution.testing.QuoteArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The constructed archive through {@code extract --profile FAST} and {@code index}, as a user runs
 * them.
 */
class IndexCommandTest {

  @TempDir static Path dir;

  private static List<JsonNode> quotes;
  private static String summary;

  @BeforeAll
  static void extractAndIndex() throws IOException {
    Path extracted = dir.resolve("archive.out.jsonl");
    assertThat(Main.commandLine().execute(QuoteArchive.extractArguments(extracted))).isZero();
    Path index = dir.resolve("quotes.jsonl");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(index(err, "--input", extracted.toString(), "--output", index.toString())).isZero();
    summary = err.toString(StandardCharsets.UTF_8);
    quotes = new ArrayList<>();
    for (String line : Files.readAllLines(index)) {
      quotes.add(AttributionJson.MAPPER.readTree(line));
    }
  }

  private static int index(ByteArrayOutputStream err, String... args) {
    IndexCommand command = new IndexCommand(new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandLine(command).execute(args);
  }

  private static JsonNode quoteSaying(String words) {
    List<JsonNode> found =
        quotes.stream().filter(q -> q.get("text").asString().contains(words)).toList();
    assertThat(found).as("quotations containing %s", words).hasSize(1);
    return found.get(0);
  }

  private static List<String> documents(JsonNode quote) {
    List<String> ids = new ArrayList<>();
    quote.get("occurrences").forEach(o -> ids.add(o.get("document").asString()));
    return ids;
  }

  private static Map<String, Integer> speakers(JsonNode quote) {
    return quote
        .get("speakers")
        .valueStream()
        .collect(Collectors.toMap(s -> s.get("name").asString(), s -> s.get("count").asInt()));
  }

  @Test
  void groupsTheRenderingsOfEachQuotationAndNothingElse() {
    Map<String, Set<String>> expected =
        Map.of(
            "We will not raise energy prices this winter",
                Set.of("energy-ledger", "energy-harbor", "energy-post", "energy-wire"),
            "The bridge will be finished before the end of next year",
                Set.of("bridge-ledger", "bridge-star", "bridge-courier", "bridge-wire"),
            "Our hospitals are full",
                Set.of("hospitals-star", "hospitals-ledger", "hospitals-courier"),
            "This harbour will handle twice as many ships",
                Set.of("harbour-wire", "harbour-harbor"));
    expected.forEach(
        (words, ids) ->
            assertThat(documents(quoteSaying(words)))
                .as(words)
                .containsExactlyInAnyOrderElementsOf(ids));
    assertThat(quotes.stream().filter(q -> q.get("documents").asInt() > 1).count())
        .as("quotations found in more than one article")
        .isEqualTo(expected.size() + 1);
    assertThat(documents(quoteSaying("We will not raise taxes"))).containsExactly("taxes-courier");
  }

  @Test
  void theFullestFormIsTheTextAndTheEarliestIsTheFirstSeen() {
    JsonNode energy = quoteSaying("We will not raise energy prices this winter");

    assertThat(energy.get("text").asString())
        .isEqualTo(
            "We will not raise energy prices this winter, and every household will get the support it needs to stay warm,");
    assertThat(energy.get("firstSeen").get("document").asString()).isEqualTo("energy-post");
    assertThat(energy.get("firstSeen").get("date").asString()).isEqualTo("2024-03-03T22:00:00Z");
    assertThat(energy.get("firstSeen").get("url").asString())
        .isEqualTo("https://northernpost.example/2024/03/03/energy-post");
    assertThat(energy.get("count").asInt()).isEqualTo(4);
    assertThat(quotes.get(0).get("count").asInt()).isEqualTo(4);
  }

  @Test
  void showsEveryNameAQuotationIsCreditedTo() {
    JsonNode bridge = quoteSaying("The bridge will be finished");

    assertThat(bridge.get("speaker").asString()).isEqualTo("Tom Reyes");
    assertThat(speakers(bridge)).isEqualTo(Map.of("Tom Reyes", 3, "Lisa Chen", 1));
  }

  @Test
  void keepsNoCommentFromTwoPeopleApart() {
    List<JsonNode> noComment =
        quotes.stream().filter(q -> q.get("text").asString().startsWith("No comment")).toList();

    assertThat(noComment)
        .extracting(q -> q.get("speaker").asString())
        .containsExactly("Victor Lamb", "Dana Ortiz");
    assertThat(noComment).extracting(q -> q.get("count").asInt()).containsExactly(2, 1);
  }

  @Test
  void occurrencesCarryDocumentDateUrlOutletSpanAndType() {
    JsonNode first = quoteSaying("This harbour will handle").get("occurrences").get(0);

    assertThat(first.get("document").asString()).isEqualTo("harbour-wire");
    assertThat(first.get("date").asString()).isEqualTo("2024-07-15");
    assertThat(first.get("url").asString())
        .isEqualTo("https://citywire.example/2024/07/15/harbour-wire");
    assertThat(first.get("outlet").asString()).isEqualTo("City Wire");
    assertThat(first.get("span").size()).isEqualTo(2);
    assertThat(first.get("type").asString()).isEqualTo("DIRECT");
    assertThat(summary).contains("from 33 documents").contains("5 of them repeated");
  }

  @Test
  void namesUnreadableLinesAndGoesOn() throws IOException {
    Path input = dir.resolve("broken.jsonl");
    Files.write(
        input,
        List.of(
            "{\"id\":\"a\",\"attributions\":[{\"type\":\"DIRECT\",\"content\":\"Yes.\",\"contentSpan\":[0,4]}]}",
            "{torn"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path out = dir.resolve("broken.quotes.jsonl");

    int status = index(err, "--input", input.toString(), "--output", out.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(input + ":2: not JSON");
    assertThat(Files.readAllLines(out)).hasSize(1);
  }

  @Test
  void aMissingInputIsOneLineSayingSo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = index(err, "--input", dir.resolve("nowhere.jsonl").toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .startsWith("index: cannot read")
        .doesNotContain("\n");
  }
}
