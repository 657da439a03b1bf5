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

/** Reads back the article data a report page carries, as its script does. */
public final class ReportPageData {

  private ReportPageData() {}

  /** The {@code articles} array of {@code page}. */
  public static JsonNode articles(Document page) {
    byte[] gzip = Base64.getDecoder().decode(page.getElementById(HtmlReport.DATA_ID).data().strip());
    try (InputStream json = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return AttributionJson.MAPPER.readTree(json).get("articles");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
