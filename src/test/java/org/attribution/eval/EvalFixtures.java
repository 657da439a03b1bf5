package org.attribution.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.io.AttributionJson;

/** Loads the fixture pairs under {@code src/test/resources/eval} and writes ad hoc ones. */
final class EvalFixtures {

  private EvalFixtures() {}

  static Path resource(String file) {
    try {
      return Path.of(EvalFixtures.class.getResource("/eval/" + file).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static EvalCorpus gold(String fixture) {
    try {
      return EvalCorpus.readGold(resource(fixture + ".gold.jsonl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EvalCorpus predicted(String fixture) {
    try {
      return EvalCorpus.readPredicted(resource(fixture + ".predicted.jsonl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes JSON lines given with single quotes in place of double quotes, for readability. */
  static Path write(Path dir, String name, String... lines) throws IOException {
    List<String> json = List.of(lines).stream().map(l -> l.replace('\'', '"')).toList();
    return Files.write(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  /** One attribution from JSON given with single quotes in place of double quotes. */
  static EvalAttribution attribution(String json) {
    return EvalAttribution.fromJson(AttributionJson.MAPPER.readTree(json.replace('\'', '"')));
  }

  /** The first document of a fixture's gold. */
  static EvalDocument firstGoldDocument(String fixture) {
    return gold(fixture).documents().iterator().next();
  }

  static EvalDocument goldDocument(String fixture, String id) {
    return gold(fixture).documents().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
