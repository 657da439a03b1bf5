package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The {@code speakers} command's lines, summary and exit status, on output written by hand. */
class SpeakersCommandTest {

  private static final String LINE =
      "{\"id\":\"%s\",\"date\":\"2024-05-0%d\",\"outlet\":\"Wire\",\"attributions\":[{\"type\":\"DIRECT\","
          + "\"content\":\"We won.\",\"contentSpan\":[1,8],\"speaker\":\"%s\",\"speakerSpan\":[10,13],"
          + "\"speakerCanonical\":\"%s\",\"speakerKind\":\"PERSON\"}]}";

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int speakers(String... args) {
    SpeakersCommand command =
        new SpeakersCommand(new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandLine(command).execute(args);
  }

  @Test
  void writesOneLinePerSpeakerMostQuotedFirst() throws Exception {
    Path input =
        Files.write(
            dir.resolve("out.jsonl"),
            List.of(
                String.format(LINE, "a", 1, "Mayor Ana Berg", "Ana Berg"),
                String.format(LINE, "b", 2, "she", "Berg"),
                String.format(LINE, "c", 3, "Tom Reyes", "Tom Reyes")));
    Path output = dir.resolve("speakers.jsonl");

    assertThat(speakers("--input", input.toString(), "--output", output.toString())).isZero();

    List<JsonNode> lines =
        Files.readAllLines(output).stream().map(AttributionJson.MAPPER::readTree).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("name").asString()).isEqualTo("Ana Berg");
    assertThat(lines.get(0).get("count").asInt()).isEqualTo(2);
    assertThat(lines.get(0).get("gender").get("value").asString()).isEqualTo("female");
    assertThat(lines.get(0).get("occurrences").get(0).get("quote").asString()).startsWith("q");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("2 speakers, 0 of them ambiguous");
  }

  @Test
  void namesAnUnreadableLineAndExitsWithOne() throws Exception {
    Path input =
        Files.write(
            dir.resolve("out.jsonl"),
            List.of("{not json", String.format(LINE, "a", 1, "Tom Reyes", "Tom Reyes")));

    assertThat(speakers("--input", input.toString(), "--output", dir.resolve("s.jsonl").toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("out.jsonl:1: not JSON");
  }

  @Test
  void aMissingInputIsOneLineAndExitStatusTwo() {
    assertThat(speakers("--input", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip())
        .startsWith("speakers: cannot read")
        .doesNotContain("\n");
  }
}
