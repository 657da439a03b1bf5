package org.attribution.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.Test;

class OccurrenceLineTest {

  private static final String ATTRIBUTION =
      "{\"type\":\"DIRECT\",\"content\":\"We won.\",\"contentSpan\":[1,8],"
          + "\"speaker\":\"she\",\"speakerSpan\":[10,13],\"speakerCanonical\":\"Jane Doe\"}";

  @Test
  void readsEveryAttributionWithTheDocumentsKeptFields() {
    OccurrenceLine line =
        OccurrenceLine.parse(
            "{\"id\":\"d1\",\"date\":\"2024-05-01\",\"url\":\"https://www.news.example/a\","
                + "\"outlet\":\"News\",\"attributions\":["
                + ATTRIBUTION
                + "]}",
            IndexFields.defaults());

    assertThat(line.kind()).isEqualTo(OccurrenceLine.Kind.DOCUMENT);
    assertThat(line.occurrences())
        .containsExactly(
            Occurrence.of(
                "d1",
                "2024-05-01",
                "https://www.news.example/a",
                "News",
                Span.of(1, 8),
                AttributionType.DIRECT,
                "Jane Doe",
                "We won.",
                0,
                new Occurrence.Source("she", null, null)));
  }

  @Test
  void theOutletIsTheUrlsHostWhenNoneIsKept() {
    OccurrenceLine line =
        OccurrenceLine.parse(
            "{\"id\":\"d1\",\"url\":\"https://www.news.example/a\",\"attributions\":["
                + ATTRIBUTION
                + "]}",
            IndexFields.defaults());

    assertThat(line.occurrences().get(0).outlet()).isEqualTo("news.example");
  }

  @Test
  void attributionsAlreadyReadTakeTheKeptFieldsAsTheirLineWould() {
    Attribution read = AttributionJson.fromJson(AttributionJson.MAPPER.readTree(ATTRIBUTION));
    Map<String, String> kept = Map.of("date", "2024-05-01", "url", "https://www.news.example/a");

    assertThat(OccurrenceLine.occurrences("d1", List.of(read), kept::get, IndexFields.defaults()))
        .containsExactly(
            Occurrence.of(
                "d1",
                "2024-05-01",
                "https://www.news.example/a",
                "news.example",
                Span.of(1, 8),
                AttributionType.DIRECT,
                "Jane Doe",
                "We won.",
                0,
                new Occurrence.Source("she", null, null)));
  }

  @Test
  void extractionErrorRecordsHoldNoOccurrences() {
    OccurrenceLine line =
        OccurrenceLine.parse(
            "{\"id\":\"d1\",\"error\":{\"kind\":\"timeout\",\"message\":\"slow\"}}",
            IndexFields.defaults());

    assertThat(line.kind()).isEqualTo(OccurrenceLine.Kind.FAILED);
    assertThat(line.problem()).isNull();
  }

  @Test
  void namesWhatCannotBeRead() {
    assertThat(OccurrenceLine.parse("{not json", IndexFields.defaults()).problem())
        .startsWith("not JSON");
    OccurrenceLine line =
        OccurrenceLine.parse(
            "{\"id\":\"d1\",\"attributions\":[{\"type\":\"LOUD\"}," + ATTRIBUTION + "]}",
            IndexFields.defaults());
    assertThat(line.occurrences()).hasSize(1);
    assertThat(line.problem()).startsWith("attribution 1 of d1 skipped");
  }
}
