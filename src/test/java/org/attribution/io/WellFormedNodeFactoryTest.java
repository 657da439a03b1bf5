package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WellFormedNodeFactoryTest {

  @Test
  void readsLoneSurrogatesAsReplacementCharactersAndKeepsPairs() {
    JsonNode node =
        AttributionJson.MAPPER.readTree(
            "{\"speaker\": \"Jo\\udc00nes \\ud800\", \"pair\": \"\\ud83d\\ude00\"}");

    assertThat(node.get("speaker").asString()).isEqualTo("Jo\uFFFDnes \uFFFD");
    assertThat(node.get("pair").asString()).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void putsLoneSurrogatesAsReplacementCharacters() {
    String written =
        AttributionJson.MAPPER.writeValueAsString(
            AttributionJson.MAPPER.createObjectNode().put("id", "a\ud800b"));

    assertThat(written).isEqualTo("{\"id\":\"a\uFFFDb\"}");
  }
}
