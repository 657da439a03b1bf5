package org.attribution.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The archive the report tests render: the reference article and a made-up one. */
final class ReportSamples {

  static final Path REFERENCE_OUTPUT = Path.of("samples/putin-xi-2024-05-16.expected.jsonl");
  static final Path REFERENCE_TEXT = Path.of("samples/putin-xi-2024-05-16.txt");

  private ReportSamples() {}

  static Path resource(String name) {
    try {
      return Path.of(ReportSamples.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The reference article with its text from samples/, then the harbour council article. */
  static List<ReportArticle> archive() throws IOException {
    List<ReportArticle> archive =
        new ArrayList<>(ExtractionReader.read(REFERENCE_OUTPUT, REFERENCE_TEXT));
    archive.addAll(
        ExtractionReader.read(resource("harbour-council.jsonl"), resource("harbour-council.txt")));
    return archive;
  }
}
