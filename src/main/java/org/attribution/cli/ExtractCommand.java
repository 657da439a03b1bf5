package org.attribution.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.io.AttributionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** Extracts attributions from text files, a folder of them, or JSON Lines with id and text. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extracts attributions and writes them as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "A .txt file, a folder of them, or a .jsonl file.")
  Path input;

  @Option(names = "--output", description = "Output JSON Lines file (default: standard output).")
  Path output;

  @Override
  public Integer call() throws IOException {
    AttributionExtractor extractor = AttributionExtractor.defaultExtractor();
    try (Writer out = open()) {
      for (Document doc : read(input)) {
        out.write(AttributionJson.line(doc.id(), extractor.extract(doc)));
        out.write('\n');
        out.flush();
      }
    }
    return 0;
  }

  private Writer open() throws IOException {
    return output == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  private static List<Document> read(Path input) throws IOException {
    List<Document> docs = new ArrayList<>();
    if (Files.isDirectory(input)) {
      try (Stream<Path> files = Files.walk(input)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          docs.add(Document.of(input.relativize(f).toString(), Files.readString(f)));
        }
      }
    } else if (input.toString().endsWith(".txt")) {
      docs.add(Document.of(input.getFileName().toString().replaceFirst("\\.txt$", ""), Files.readString(input)));
    } else {
      for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode node = AttributionJson.MAPPER.readTree(line);
          docs.add(Document.of(node.get("id").asString(), node.get("text").asString()));
        }
      }
    }
    return docs;
  }
}
