package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.io.AttributionJson;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class JsonLinesSinkTest {

  @TempDir Path dir;

  @Test
  void writesTheEvaluationShapeWithKeptFieldsBetweenIdAndAttributions() throws IOException {
    List<Attribution> found =
        new QuoteExtraction().apply(Document.of("d", "\"We won\" said the coach."));
    Map<String, JsonNode> kept = new LinkedHashMap<>();
    kept.put("title", AttributionJson.MAPPER.readTree("\"Final\""));
    kept.put("attributions", AttributionJson.MAPPER.readTree("\"must not clobber\""));
    Path out = dir.resolve("out.jsonl");

    try (JsonLinesSink sink = new JsonLinesSink(OutputFile.open(out, false))) {
      sink.write(DocumentResult.success("d", kept, found));
    }

    JsonNode line = AttributionJson.MAPPER.readTree(Files.readString(out));
    assertThat(line.propertyNames()).containsExactly("id", "title", "attributions");
    assertThat(line.get("title").asString()).isEqualTo("Final");
    assertThat(AttributionJson.attributions(line)).isEqualTo(found);
  }

  @Test
  void writesAnErrorObjectInsteadOfAttributions() throws IOException {
    Path out = dir.resolve("out.jsonl");

    try (JsonLinesSink sink = new JsonLinesSink(OutputFile.open(out, false))) {
      sink.write(DocumentResult.failure("d", Map.of(), DocumentError.Kind.TOO_LONG, "too long"));
    }

    assertThat(Files.readString(out))
        .isEqualTo("{\"id\":\"d\",\"error\":{\"kind\":\"too-long\",\"message\":\"too long\"}}\n");
  }

  @Test
  void gzipsWhenTheNameEndsInGzAndAppendsAsAFurtherMember() throws IOException {
    Path out = dir.resolve("out.jsonl.gz");

    try (JsonLinesSink sink = new JsonLinesSink(OutputFile.open(out, false))) {
      sink.write(DocumentResult.success("one", Map.of(), List.of()));
    }
    try (JsonLinesSink sink = new JsonLinesSink(OutputFile.open(out, true))) {
      sink.write(DocumentResult.success("two", Map.of(), List.of()));
    }

    try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(
              "{\"id\":\"one\",\"attributions\":[]}\n{\"id\":\"two\",\"attributions\":[]}\n");
    }
  }

  @Test
  void makesFlushedLinesReadableFromAGzipStillBeingWritten() throws IOException {
    Path out = dir.resolve("out.jsonl.gz");
    JsonLinesSink sink = new JsonLinesSink(OutputFile.open(out, false));
    sink.write(DocumentResult.success("flushed", Map.of(), List.of()));

    sink.flush(true);

    // Read while the gzip trailer is still missing, as after a kill.
    assertThat(ResumeIndex.repairAndLoad(out).claim("flushed")).isTrue();
    sink.close();
  }
}
