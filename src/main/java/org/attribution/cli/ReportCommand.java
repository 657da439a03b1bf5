package org.attribution.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attribution.batch.OutputTarget;
import org.attribution.batch.TerminalText;
import org.attribution.io.JsonFields;
import org.attribution.io.JsonLinesFiles;
import org.attribution.report.ExtractionReader;
import org.attribution.report.HtmlReport;
import org.attribution.report.ReportArticle;
import org.attribution.report.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the HTML report of an extraction output, highlighting the attributions in their texts.
 * Exit status ({@link ExitStatus}) 0 when every line was read, 1 when some lines could not be (they
 * show as errors in the report), 2 when an input cannot be read or the report written.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Writes a self-contained HTML report of extracted attributions.",
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {
      "0:written",
      "1:written, but some output lines could not be read (errors in the report)",
      ExitStatus.FAILED_LINE,
      ExitStatus.BUG_LINE
    })
final class ReportCommand implements Callable<Integer> {

  /** Ids named in the hint when no id of the output is among the texts. */
  private static final int IDS_SHOWN = 3;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description =
          "The extractor's JSON Lines output (optionally .gz), or a folder of them (a Spark job's"
              + " output: part-* files).")
  Path input;

  @Option(
      names = "--texts",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "The texts it was extracted from, as given to extract, in order: .txt files, folders of them, "
              + "JSON Lines (optionally .gz) or a WARC archive. Without it, texts are taken from "
              + "the output's text field where present (extract --keep-text).")
  List<Path> texts = new ArrayList<>();

  @Option(
      names = "--id-field",
      defaultValue = "id",
      paramLabel = "FIELD",
      description =
          "Field of --texts JSON Lines holding the id, as given to extract (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(
      names = "--text-field",
      defaultValue = "text",
      paramLabel = "FIELD",
      description =
          "Field of --texts JSON Lines holding the text, as given to extract (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write.")
  Path output;

  @Option(
      names = "--title",
      defaultValue = "Who said what",
      description = "Title of the report (default: ${DEFAULT-VALUE}).")
  String title;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<ReportArticle> archive;
    OutputTarget target;
    try {
      List<Path> read = new ArrayList<>(texts);
      read.add(0, input);
      target = OutputTarget.of(output, read, ReportCommand::readFromFolder);
      archive = ExtractionReader.read(input);
      if (!texts.isEmpty()) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (Path file : texts) {
          TextReader.read(
                  file,
                  new JsonFields(idField, textField, List.of()),
                  skipped -> err.println(TerminalText.escape("report: " + skipped)))
              .forEach(
                  (id, found) -> byId.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found));
        }
        hintWhenNoIdMatches(archive, byId, err);
        archive = ExtractionReader.withTexts(archive, byId);
      }
    } catch (IllegalArgumentException e) {
      err.println(TerminalText.escape("report: " + e.getMessage()));
      return ExitStatus.FAILED;
    } catch (IOException e) {
      err.println(TerminalText.escape("report: cannot read " + IoMessages.describe(e)));
      return ExitStatus.FAILED;
    }
    try {
      // The Quotes view is built from the articles already read, so the output is read once.
      List<ReportArticle> articles = archive;
      target.writeAtomically(out -> HtmlReport.write(articles, title, out.writer()));
    } catch (IOException e) {
      err.println(TerminalText.escape("report: " + IoMessages.cannot("write", output, e)));
      return ExitStatus.FAILED;
    }
    long missing = archive.stream().filter(a -> a.text() == null).count();
    long unreadable =
        archive.stream()
            .filter(a -> a.error() != null && a.error().startsWith(ExtractionReader.UNREADABLE))
            .count();
    err.printf("Wrote %s: %d articles, %d without text.%n", output, archive.size(), missing);
    if (unreadable > 0) {
      err.printf(
          "report: %d lines of %s could not be read; they show as errors in the report%n",
          unreadable, input);
    }
    err.flush();
    return unreadable > 0 ? ExitStatus.PARTLY : ExitStatus.OK;
  }

  /**
   * Says why no article gets its text when not one id of the output is among the texts': most often
   * the texts were read with other id or text fields than extract was given.
   */
  private void hintWhenNoIdMatches(
      List<ReportArticle> archive, Map<String, List<String>> byId, PrintWriter err) {
    if (archive.isEmpty() || archive.stream().anyMatch(a -> byId.containsKey(a.id()))) {
      return;
    }
    err.printf(
        "report: no id of %s is among the %d texts of %s (output ids such as %s; text ids such as %s);"
            + " give --texts the input extract read, with the --id-field extract was given%n",
        input,
        byId.size(),
        texts,
        some(archive.stream().map(ReportArticle::id).toList()),
        some(List.copyOf(byId.keySet())));
  }

  /** Whether an input folder would read {@code file}: an extraction output or a text. */
  private static boolean readFromFolder(Path file) {
    return JsonLinesFiles.reads(file) || file.getFileName().toString().endsWith(".txt");
  }

  private static String some(List<String> ids) {
    return ids.isEmpty()
        ? "none"
        : String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())));
  }
}
