package org.attribution.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.attribution.io.AttributionJson;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Reads back the data a report page carries, as its script does. */
public final class ReportPageData {

  private ReportPageData() {}

  /** The index of articles and speakers. */
  public static JsonNode index(Document page) {
    return AttributionJson.MAPPER.readTree(page.getElementById(HtmlReport.INDEX_ID).data());
  }

  /** Every article of {@code page}, decoded. */
  public static ArrayNode articles(Document page) {
    ArrayNode articles = AttributionJson.MAPPER.createArrayNode();
    for (String line : page.getElementById(HtmlReport.ARTICLES_ID).data().split("\n")) {
      if (!line.isEmpty()) {
        articles.add(decode(line));
      }
    }
    return articles;
  }

  private static JsonNode decode(String line) {
    try (InputStream json =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(line)))) {
      return AttributionJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
