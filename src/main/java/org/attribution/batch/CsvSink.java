package org.attribution.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attribution.Attribution;
import org.attribution.Span;
import tools.jackson.databind.JsonNode;

/**
 * Writes one CSV row per attribution, for spreadsheets: document id, type, content, cue, cue kind,
 * speaker, canonical speaker, speaker kind, document, the four spans as {@code begin-end}, an error
 * column, then the kept input fields. A content in parts ({@code "A," she said. "B."}) reads as its
 * parts joined by a space, without the frame, and its span cell lists the parts ({@code 1-3
 * 15-17}). A document without attributions, or with an error, still gets one row, so that every
 * input document shows in the file. A cell a spreadsheet would run as a formula is written with a
 * leading {@code '} (see {@link #inert}).
 *
 * <p>Not thread-safe.
 */
public final class CsvSink implements ResultSink {

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "type",
          "content",
          "cue",
          "cueKind",
          "speaker",
          "speakerCanonical",
          "speakerKind",
          "document",
          "contentSpan",
          "cueSpan",
          "speakerSpan",
          "documentSpan",
          "speakers",
          "error");

  private final OutputFile out;
  private final List<String> keptFields;
  private final CSVPrinter printer;

  /**
   * @param keptFields names of the input fields to add as last columns
   * @param header whether to start with a header row (not when appending to a file)
   */
  public CsvSink(OutputFile out, List<String> keptFields, boolean header) throws IOException {
    this.out = out;
    this.keptFields = List.copyOf(keptFields);
    this.printer =
        new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    if (header) {
      printer.printRecord(Stream.concat(COLUMNS.stream(), keptFields.stream()));
    }
  }

  @Override
  public void write(DocumentResult result) throws IOException {
    List<String> kept = new ArrayList<>();
    for (String field : keptFields) {
      JsonNode value = result.keptFields().get(field);
      kept.add(
          value == null || value.isNull()
              ? ""
              : value.isValueNode() ? value.asString() : value.toString());
    }
    if (result.error().isPresent()) {
      var error = result.error().get();
      row(result.id(), null, error.kind().label() + ": " + error.message(), kept);
    } else if (result.attributions().isEmpty()) {
      row(result.id(), null, "", kept);
    }
    for (Attribution a : result.attributions()) {
      row(result.id(), a, "", kept);
    }
  }

  private void row(String id, Attribution a, String error, List<String> kept) throws IOException {
    List<String> cells = new ArrayList<>();
    cells.add(id);
    if (a == null) {
      cells.addAll(Collections.nCopies(COLUMNS.size() - 2, ""));
    } else {
      cells.add(a.type().name());
      cells.add(a.content());
      cells.add(orEmpty(a.cue()));
      cells.add(a.cueKind() == null ? "" : a.cueKind().name());
      cells.add(orEmpty(a.speaker()));
      cells.add(orEmpty(a.speakerCanonical()));
      cells.add(a.speakerKind() == null ? "" : a.speakerKind().name());
      cells.add(orEmpty(a.document()));
      cells.add(String.join(" ", a.contentSpans().stream().map(CsvSink::span).toList()));
      cells.add(span(a.cueSpan()));
      cells.add(span(a.speakerSpan()));
      cells.add(span(a.documentSpan()));
      cells.add(String.join("; ", a.speakers()));
    }
    cells.add(error);
    cells.addAll(kept);
    printer.printRecord(cells.stream().map(CsvSink::inert).toList());
  }

  /**
   * Text that a spreadsheet would take for a formula (starting with {@code =}, {@code +}, {@code
   * -}, {@code @}, tab or carriage return) gets a leading {@code '}, as OWASP advises against CSV
   * injection: web text must not run as a formula on the reader's machine.
   */
  static String inert(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String span(Span span) {
    return span == null ? "" : span.begin() + "-" + span.end();
  }

  @Override
  public void flush(boolean durable) throws IOException {
    out.flush(durable);
  }

  @Override
  public void close() throws IOException {
    printer.close();
    out.close();
  }
}
