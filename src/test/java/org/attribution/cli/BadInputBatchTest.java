package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.attribution.AttributionExtractor;
import org.attribution.io.AttributionJson;
import org.attribution.testing.AttributionInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The extract command with the real extractor, in a JVM of 2 GB of heap, over every kind of broken
 * input at once: each document gets its record, the broken ones an error record that says what is
 * wrong, and the run goes on to the end.
 *
 * <p>How fast the machine is does not matter: the test sets a document time limit that no document
 * comes near on a busy machine (the million-character paragraph takes well under a minute on two
 * idle cores), there only so that a document that would never end ends the run with a timeout
 * record, which fails the test, instead of hanging it.
 */
class BadInputBatchTest {

  @TempDir Path dir;

  @Test
  void givesEveryBrokenDocumentARecordWithinTwoGigabytesOfHeap() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("empty", "");
    texts.put("blank", " \n\t\r\n ");
    texts.put("controls", "\u0000\"We will\u0007 win,\" said\u001b the coach.\u0001");
    texts.put(
        "emoji",
        "\ud83d\ude00 \"We will \ud835\udd4ein \ud83c\udfc6,\" said John Smith. \ud83d\udc4d");
    texts.put(
        "right-to-left",
        "\"\u05d0\u05e0\u05d7\u05e0\u05d5 \u05e0\u05e0\u05e6\u05d7\", \u05d0\u05de\u05e8 \u05d4\u05de\u05d0\u05de\u05df.");
    texts.put("markup", "<p>\"We are ready,\" Smith told <i>Reuters</i>.</p>");
    texts.put("quote-marks", "\"\u201c\u201d\u00ab\u00bb".repeat(2000));
    texts.put("unbalanced", "\"Tom said it ".repeat(5000));
    texts.put("nested", "He said \"".repeat(100) + "stop" + "\"".repeat(100) + ".");
    texts.put(
        "limit-paragraph",
        "the coach said \"we will win\" and ".repeat(AttributionExtractor.MAX_TEXT_LENGTH / 33));
    texts.put("five-megabytes", "word ".repeat(1_000_000));
    StringBuilder jsonl = new StringBuilder();
    texts.forEach(
        (id, text) ->
            jsonl
                .append(AttributionJson.MAPPER.writeValueAsString(Map.of("id", id, "text", text)))
                .append('\n'));
    jsonl.insert(0, "{\"id\": \"malformed\", \"text\": \"no end\n");
    Path lines = Files.writeString(dir.resolve("broken.jsonl"), jsonl);
    byte[] garbage = new byte[3000];
    new Random(11).nextBytes(garbage);
    Path binary = Files.write(dir.resolve("garbage.txt"), garbage);
    StringBuilder archived =
        new StringBuilder("{\"id\": \"first\", \"text\": \"\\\"Fine,\\\" said A.\"}\n");
    Random letters = new Random(13);
    for (int i = 0;
        i < 300;
        i++) { // random letters, which compress little: half the archive holds many lines
      archived.append("{\"id\": \"archived-").append(i).append("\", \"text\": \"");
      letters.ints(80, 'a', 'z' + 1).forEach(c -> archived.append((char) c));
      archived.append("\"}\n");
    }
    byte[] gzipped = gzip(archived.toString());
    Path truncated =
        Files.write(dir.resolve("truncated.jsonl.gz"), Arrays.copyOf(gzipped, gzipped.length / 2));
    Path out = dir.resolve("out.jsonl");

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "extract",
                "--input",
                lines.toString(),
                binary.toString(),
                truncated.toString(),
                "--output",
                out.toString(),
                "--max-chars",
                String.valueOf(AttributionExtractor.MAX_TEXT_LENGTH),
                "--threads",
                "2",
                "--doc-timeout",
                "20m",
                "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();

    child.waitFor(); // the time limit per document bounds the run
    String log = Files.readString(dir.resolve("child.log"));
    assertThat(child.exitValue()).as(log).isEqualTo(1);
    Map<String, JsonNode> records = new LinkedHashMap<>();
    Files.readAllLines(out)
        .forEach(
            l -> {
              JsonNode record = AttributionJson.MAPPER.readTree(l);
              records.put(record.get("id").asString(), record);
            });
    assertThat(records.keySet()).first().isEqualTo(lines.getFileName() + ":1");
    assertThat(records.get(lines.getFileName() + ":1").at("/error/message").asString())
        .startsWith(lines.getFileName() + ":1 is not valid JSON");
    assertThat(records.get("five-megabytes").at("/error/kind").asString()).isEqualTo("too-long");
    assertThat(records).containsKeys("garbage", "first", "archived-0");
    assertThat(records.values())
        .filteredOn(
            r ->
                r.at("/error/message")
                    .asString("")
                    .contains(truncated.getFileName() + " breaks off"))
        .hasSize(1);
    texts.remove("five-megabytes");
    texts.put("garbage", new String(garbage, StandardCharsets.UTF_8));
    texts.forEach(
        (id, text) -> {
          assertThat(records.get(id).has("error"))
              .as("error record for %s: %s", id, records.get(id))
              .isFalse();
          AttributionInvariants.assertHold(text, AttributionJson.attributions(records.get(id)));
        });
    assertThat(log).contains("error records");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
