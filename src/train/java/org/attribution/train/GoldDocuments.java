package org.attribution.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.JsonNode;

/** The documents of a gold JSON Lines file: id, text and attributions. */
record GoldDocuments(String id, String text, List<Attribution> attributions) {

  static List<GoldDocuments> read(Path gold) throws IOException {
    List<GoldDocuments> documents = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode node = AttributionJson.MAPPER.readTree(line);
          documents.add(
              new GoldDocuments(
                  node.get("id").asString(),
                  node.get("text").asString(),
                  AttributionJson.attributions(node)));
        }
      }
    }
    return documents;
  }
}
