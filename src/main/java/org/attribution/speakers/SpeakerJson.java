package org.attribution.speakers;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.attribution.AttributionType;
import org.attribution.index.Occurrence;
import org.attribution.index.QuoteJson;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Speaker} as one JSON object: {@code id}, {@code name}, {@code kind}, {@code
 * ambiguous} (with {@code candidates} where true), {@code count}, {@code documents}, {@code
 * variants} (each {@code name} with its {@code count}), {@code types} ({@code direct}, {@code
 * indirect}, {@code mixed}), {@code outlets} and {@code months} (each with its {@code count}),
 * {@code gender} (for a person: {@code value}, {@code basis} and the evidence counts {@code
 * female}, {@code male}, {@code they}), {@code firstSeen} and {@code lastSeen} ({@code document},
 * {@code date}, {@code url}, {@code outlet}) and {@code occurrences}, each as the quote index
 * writes its own ({@link QuoteJson#occurrence}) with the words naming the speaker there ({@code
 * mention}) and the id of its quotation in the quote index ({@code quote}).
 *
 * <p>Stateless and thread-safe.
 */
public final class SpeakerJson {

  private SpeakerJson() {}

  public static ObjectNode toJson(Speaker s) {
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("id", s.id()).put("name", s.name());
    node.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    node.put("ambiguous", s.ambiguous());
    if (s.ambiguous()) {
      ArrayNode candidates = node.putArray("candidates");
      s.candidates().forEach(candidates::add);
    }
    node.put("count", s.count()).put("documents", s.documents());
    counts(node.putArray("variants"), "name", s.variants());
    ObjectNode types = node.putObject("types");
    for (AttributionType t : AttributionType.values()) {
      types.put(t.name().toLowerCase(Locale.ROOT), s.count(t));
    }
    counts(node.putArray("outlets"), "outlet", s.outlets());
    counts(node.putArray("months"), "month", s.months());
    if (s.gender() != null) {
      SpeakerGender g = s.gender();
      node.putObject("gender")
          .put("value", g.value())
          .put("basis", g.basis())
          .put("female", g.female())
          .put("male", g.male())
          .put("they", g.they());
    }
    seen(node.putObject("firstSeen"), s.firstSeen());
    seen(node.putObject("lastSeen"), s.lastSeen());
    ArrayNode occurrences = node.putArray("occurrences");
    for (SpeakerOccurrence so : s.occurrences()) {
      QuoteJson.occurrence(occurrences.addObject(), so.occurrence())
          .put("mention", so.occurrence().source().mention())
          .put("quote", so.quote());
    }
    return node;
  }

  /** Writes one line per speaker, in order, serializing a batch of them at once on all cores. */
  public static void write(List<Speaker> speakers, Writer out) throws IOException {
    QuoteJson.writeLines(speakers, SpeakerJson::line, out);
  }

  /** One line of JSON Lines, without the line break. */
  public static String line(Speaker speaker) {
    return AttributionJson.MAPPER.writeValueAsString(toJson(speaker));
  }

  private static void seen(ObjectNode node, Occurrence o) {
    QuoteJson.seen(node, o).put("outlet", o.outlet());
  }

  private static void counts(ArrayNode array, String field, List<Speaker.Count> counts) {
    counts.forEach(c -> array.addObject().put(field, c.value()).put("count", c.count()));
  }
}
