package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Document;
import org.attribution.Span;
import org.attribution.io.AttributionJson;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkTest {

  @TempDir Path dir;

  @Test
  void writesOneRowPerAttributionAndOneForEachDocumentWithoutAny() throws IOException {
    List<Attribution> found =
        new QuoteExtraction().apply(Document.of("d1", "\"We, the people\" said x. \"Two\""));
    Path out = dir.resolve("out.csv");

    try (CsvSink sink = new CsvSink(OutputFile.open(out, false), List.of("url"), true)) {
      sink.write(
          DocumentResult.success(
              "d1", Map.of("url", AttributionJson.MAPPER.readTree("\"https://x/1\"")), found));
      sink.write(DocumentResult.success("d2", Map.of(), List.of()));
      sink.write(DocumentResult.failure("d3", Map.of(), DocumentError.Kind.TIMEOUT, "took 30 s"));
    }

    assertThat(Files.readString(out))
        .isEqualTo(
            "id,type,content,cue,cueKind,speaker,speakerCanonical,speakerKind,document,contentSpan,cueSpan,speakerSpan,documentSpan,speakers,error,url\n"
                + "d1,DIRECT,\"We, the people\",said,SPEECH,,,,,1-15,17-21,,,,,https://x/1\n"
                + "d1,DIRECT,Two,,,,,,,26-29,,,,,,https://x/1\n"
                + "d2,,,,,,,,,,,,,,,\n"
                + "d3,,,,,,,,,,,,,,timeout: took 30 s,\n");
  }

  @Test
  void writesContentInPartsWithoutItsFrame() throws IOException {
    Attribution interrupted =
        Attribution.builder(AttributionType.DIRECT, "A,", Span.of(1, 3))
            .contentParts("A, B.", List.of(Span.of(1, 3), Span.of(15, 17)))
            .cue("said", Span.of(5, 9), CueKind.SPEECH)
            .speaker("she", Span.of(10, 13))
            .build();
    Path out = dir.resolve("out.csv");

    try (CsvSink sink = new CsvSink(OutputFile.open(out, false), List.of(), false)) {
      sink.write(DocumentResult.success("d", Map.of(), List.of(interrupted)));
    }

    assertThat(Files.readString(out))
        .isEqualTo("d,DIRECT,\"A, B.\",said,SPEECH,she,,,,1-3 15-17,5-9,10-13,,,\n");
  }

  @Test
  void quotesQuotesAndLineBreaksInsideCells() throws IOException {
    List<Attribution> found =
        new QuoteExtraction().apply(Document.of("d", "\"line one\nline 'two'\""));
    Path out = dir.resolve("out.csv");

    try (CsvSink sink = new CsvSink(OutputFile.open(out, false), List.of(), false)) {
      sink.write(DocumentResult.failure("say \"hi\"", Map.of(), DocumentError.Kind.READ, "bad"));
      sink.write(DocumentResult.success("d", Map.of(), found));
    }

    assertThat(Files.readString(out))
        .isEqualTo(
            "\"say \"\"hi\"\"\",,,,,,,,,,,,,,read: bad\n"
                + "d,DIRECT,\"line one\nline 'two'\",,,,,,,1-20,,,,,\n");
  }

  @Test
  void cellsAWebPageCouldTurnIntoFormulasAreWrittenInert() throws IOException {
    String text = "\"=HYPERLINK(A1)\" \"+1\" \"-2\" \"@SUM(A1)\" \"\tx\" \"plain\"";
    List<Attribution> found = new QuoteExtraction().apply(Document.of("d", text));
    Path out = dir.resolve("out.csv");

    try (CsvSink sink = new CsvSink(OutputFile.open(out, false), List.of(), false)) {
      sink.write(DocumentResult.success("=1+1", Map.of(), found));
    }

    assertThat(Files.readString(out).lines().map(l -> l.split(",")[2]))
        .containsExactly("'=HYPERLINK(A1)", "'+1", "'-2", "'@SUM(A1)", "'\tx", "plain");
    assertThat(Files.readString(out)).startsWith("'=1+1,");
  }
}
