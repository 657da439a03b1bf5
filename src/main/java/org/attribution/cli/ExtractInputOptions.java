package org.attribution.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attribution.io.DocumentSource;
import org.attribution.io.DocumentSources;
import org.attribution.io.HtmlArticleExtractor;
import org.attribution.io.InputFormat;
import org.attribution.io.JsonFields;
import picocli.CommandLine.Option;

/**
 * What {@code extract} reads ({@code --input} and how to read it) and which of the input's fields
 * go along to the output ({@code --keep-fields}, {@code --keep-text}).
 *
 * <p>Filled in by picocli, then read only.
 */
final class ExtractInputOptions {

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders to read, in order; - reads standard input.")
  List<String> inputs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "txt, jsonl or warc, for every input (default: from each file name).")
  InputFormat inputFormat;

  @Option(
      names = "--id-field",
      defaultValue = "id",
      description = "JSON Lines field holding the id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(
      names = "--text-field",
      defaultValue = "text",
      description =
          "JSON Lines field holding the text (default: ${DEFAULT-VALUE}; news-please: maintext).")
  String textField;

  @Option(
      names = "--keep-fields",
      split = ",",
      paramLabel = "FIELD",
      description = "JSON Lines fields to copy to the output, comma-separated.")
  List<String> keepFields = List.of();

  @Option(
      names = "--keep-text",
      description =
          "Write each document's text (for WARC input, the text extracted from the page, which the"
              + " spans point into) in a text field (jsonl) or column (csv).")
  boolean keepText;

  /**
   * The sources of the inputs, checked.
   *
   * @throws IllegalArgumentException naming an input that cannot be read, and why
   */
  DocumentSources sources(InputStream stdin) {
    DocumentSources sources =
        new DocumentSources(
            Optional.ofNullable(inputFormat),
            new JsonFields(idField, textField, keepFields),
            new HtmlArticleExtractor(),
            stdin);
    sources.check(inputs);
    return sources;
  }

  /** The documents of the inputs, in order, each with its text when {@code --keep-text}. */
  DocumentSource open(DocumentSources sources) throws IOException {
    DocumentSource opened = sources.open(inputs);
    return keepText ? new TextKeepingSource(opened) : opened;
  }

  /** The files the inputs read, standard input by {@code stdinFile}, the file it reads. */
  List<Path> files(Path stdinFile) {
    return inputs.stream()
        .map(i -> i.equals(DocumentSources.STDIN) ? stdinFile : Path.of(i))
        .toList();
  }

  /** The input's fields a CSV output copies. */
  List<String> csvColumns() {
    return keepText ? TextKeepingSource.withText(keepFields) : keepFields;
  }
}
