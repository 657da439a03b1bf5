package org.attribution.index;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Quote} as one JSON object: {@code id}, {@code text}, {@code speaker}, {@code
 * speakers} (each name with its {@code count}), {@code count}, {@code documents}, {@code firstSeen}
 * ({@code document}, {@code date}, {@code url}) and {@code occurrences} (each with {@code
 * document}, {@code date}, {@code url}, {@code outlet}, {@code span}, {@code type}, {@code
 * speaker}).
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteJson {

  private static final int BATCH = 4096;

  private QuoteJson() {}

  public static ObjectNode toJson(Quote quote) {
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("id", quote.id());
    node.put("text", quote.text());
    node.put("speaker", quote.speaker());
    ArrayNode speakers = node.putArray("speakers");
    quote
        .speakers()
        .forEach(s -> speakers.addObject().put("name", s.name()).put("count", s.count()));
    node.put("count", quote.count());
    node.put("documents", quote.documents());
    seen(node.putObject("firstSeen"), quote.firstSeen());
    ArrayNode occurrences = node.putArray("occurrences");
    for (Occurrence o : quote.occurrences()) {
      occurrence(occurrences.addObject(), o);
    }
    return node;
  }

  /**
   * Puts where {@code o} was seen into {@code node}: {@code document}, {@code date}, {@code url}.
   */
  public static ObjectNode seen(ObjectNode node, Occurrence o) {
    return node.put("document", o.document()).put("date", o.date()).put("url", o.url());
  }

  /**
   * Puts {@code o} into {@code entry} as the index writes an occurrence: {@code document}, {@code
   * date}, {@code url}, {@code outlet}, {@code span}, {@code type} and {@code speaker}.
   */
  public static ObjectNode occurrence(ObjectNode entry, Occurrence o) {
    seen(entry, o).put("outlet", o.outlet());
    entry.putArray("span").add(o.span().begin()).add(o.span().end());
    return entry.put("type", o.type().name()).put("speaker", o.speaker());
  }

  /** Writes one line per quotation, in order, serializing a batch of them at once on all cores. */
  public static void write(List<Quote> quotes, Writer out) throws IOException {
    writeLines(quotes, QuoteJson::line, out);
  }

  /**
   * Writes {@code line} of each of {@code values} as JSON Lines, in order, serializing a batch of
   * them at once on all cores.
   */
  public static <T> void writeLines(List<T> values, Function<T, String> line, Writer out)
      throws IOException {
    for (int start = 0; start < values.size(); start += BATCH) {
      for (String text :
          values.subList(start, Math.min(values.size(), start + BATCH)).parallelStream()
              .map(line)
              .toList()) {
        out.write(text);
        out.write('\n');
      }
    }
  }

  /** One line of JSON Lines, without the line break. */
  public static String line(Quote quote) {
    return AttributionJson.MAPPER.writeValueAsString(toJson(quote));
  }
}
