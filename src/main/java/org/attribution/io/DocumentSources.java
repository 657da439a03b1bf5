package org.attribution.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Opens the inputs of a batch, each in its own format, as one {@link DocumentSource} that reads
 * them in the order given. {@code -} stands for standard input.
 *
 * <p>Immutable and thread-safe; the sources it opens are not.
 */
public final class DocumentSources {

  /** The name standard input goes by on the command line. */
  public static final String STDIN = "-";

  /** The name standard input goes by in ids and messages. */
  static final String STDIN_NAME = "stdin";

  private final Optional<InputFormat> format;
  private final JsonFields fields;
  private final TextExtractor html;
  private final InputStream stdin;
  private final Optional<Path> skipped;

  /**
   * @param format the format of every input, or empty to tell it from each file name (and standard
   *     input's from its first bytes: {@link StandardInputFormat})
   */
  public DocumentSources(
      Optional<InputFormat> format, JsonFields fields, TextExtractor html, InputStream stdin) {
    this(format, fields, html, stdin, Optional.empty());
  }

  private DocumentSources(
      Optional<InputFormat> format,
      JsonFields fields,
      TextExtractor html,
      InputStream stdin,
      Optional<Path> skipped) {
    this.format = format;
    this.fields = fields;
    this.html = html;
    this.stdin = stdin;
    this.skipped = skipped;
  }

  /**
   * The same sources, whose folders pass over {@code file} (whatever name reaches it): the output
   * of the run, which it must not read back when it is written inside an input folder.
   */
  public DocumentSources skipping(Path file) {
    return new DocumentSources(format, fields, html, stdin, Optional.of(file));
  }

  /**
   * Checks that every input exists and has a known format, so that a mistyped name fails before
   * hours of work rather than after.
   *
   * @throws IllegalArgumentException naming the first input that is missing, unreadable or of
   *     unknown format
   */
  public void check(List<String> inputs) {
    for (String input : inputs) {
      if (formatOf(input) == InputFormat.JSONL && !sniffed(input) && !input.equals(STDIN)) {
        checkTextField(Path.of(input));
      }
    }
  }

  /**
   * Refuses a JSON Lines file whose first object lacks the text field, naming the fields it has, in
   * one line rather than an error record for every line (news-please keeps its text in {@code
   * maintext}, for one). A pipe is not looked into: it can be read only once.
   */
  private void checkTextField(Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                Gzip.decompressIfGzipped(new FileInputStream(file.toFile())),
                StandardCharsets.UTF_8))) {
      String line = lines.readLine();
      while (line != null && line.isBlank()) {
        line = lines.readLine();
      }
      JsonNode first = line == null ? null : AttributionJson.MAPPER.readTree(line);
      if (first != null && first.isObject() && !first.has(fields.textField())) {
        throw new IllegalArgumentException(
            "input "
                + file
                + " has no field \""
                + fields.textField()
                + "\" (its first line has "
                + String.join(", ", first.propertyNames())
                + "); give --text-field with the field that holds the text");
      }
    } catch (IOException | JacksonException e) {
      // A line that cannot be read becomes its own error record when the input is read.
    }
  }

  /** One source reading all {@code inputs} in turn; each file is opened when reached. */
  public DocumentSource open(List<String> inputs) throws IOException {
    check(inputs);
    List<DocumentSource> opened = new ArrayList<>();
    long total = 0;
    boolean totalKnown = true;
    // Only folders of text files are opened ahead, to count them; streams open when reached.
    for (String input : inputs) {
      if (formatOf(input) == InputFormat.TXT && !input.equals(STDIN) && !sniffed(input)) {
        TextFileSource source = TextFileSource.open(Path.of(input), this::isSkipped);
        opened.add(source);
        total += source.size().getAsLong();
      } else {
        opened.add(null);
        totalKnown = false;
      }
    }
    return new Chained(inputs, opened, totalKnown ? OptionalLong.of(total) : OptionalLong.empty());
  }

  private boolean isSkipped(Path file) {
    try {
      return skipped.isPresent() && Files.exists(file) && Files.isSameFile(file, skipped.get());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether {@code input} is read like standard input, its format told from its first bytes: a
   * pipe, FIFO or process substitution ({@code <(zcat a.jsonl.gz)}) whose name says no format.
   */
  private boolean sniffed(String input) {
    if (input.equals(STDIN)) {
      return format.isEmpty();
    }
    Path path = Path.of(input);
    return format.isEmpty()
        && Files.exists(path)
        && !Files.isRegularFile(path)
        && !Files.isDirectory(path)
        && InputFormat.fromName(input, false).isEmpty();
  }

  private InputFormat formatOf(String input) {
    if (input.equals(STDIN)) {
      return format.orElse(InputFormat.JSONL);
    }
    Path path = Path.of(input);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("input " + input + " does not exist");
    }
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException("input " + input + " cannot be read: no permission");
    }
    if (sniffed(input)) {
      return InputFormat.JSONL; // until its first bytes say otherwise, when it is opened
    }
    return format
        .or(() -> InputFormat.fromName(input, Files.isDirectory(path)))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot tell the format of "
                        + input
                        + " from its name; give --input-format txt, jsonl or warc"));
  }

  private DocumentSource openStream(String input) throws IOException {
    boolean isStdin = input.equals(STDIN);
    // The file's name alone, so that id-less lines get the same ids however the path is spelled
    // (x.jsonl, ./x.jsonl, /abs/x.jsonl) and a --resume with another spelling finds them done.
    String name = isStdin ? STDIN_NAME : Path.of(input).getFileName().toString();
    // A FileInputStream reads a pipe once, as it comes; a channel's stream fails on it with
    // "Illegal seek".
    BufferedInputStream in =
        new BufferedInputStream(isStdin ? stdin : new FileInputStream(input), 1 << 16);
    InputFormat inputFormat = sniffed(input) ? StandardInputFormat.sniff(in) : formatOf(input);
    return switch (inputFormat) {
      case JSONL -> JsonLinesSource.open(name, in, fields);
      case WARC -> WarcSource.open(name, in, html);
      case TXT -> new SingleDocument(PlainText.read(name, name, in));
    };
  }

  /** Reads its sources one after the other. */
  private final class Chained implements DocumentSource {
    private final Iterator<String> inputs;
    private final Iterator<DocumentSource> ready;
    private final OptionalLong size;
    private DocumentSource current;
    private String currentName;

    Chained(List<String> inputs, List<DocumentSource> ready, OptionalLong size) {
      this.inputs = inputs.iterator();
      this.ready = ready.iterator();
      this.size = size;
    }

    @Override
    public Optional<SourceRecord> next() {
      while (true) {
        if (current != null) {
          Optional<SourceRecord> record = current.next();
          if (record.isPresent()) {
            return record;
          }
          closeCurrent();
        }
        if (!inputs.hasNext()) {
          return Optional.empty();
        }
        currentName = inputs.next();
        current = ready.next();
        if (current == null) {
          try {
            current = openStream(currentName);
          } catch (IOException e) {
            return Optional.of(
                new SourceRecord.Unreadable(currentName, "cannot read " + currentName + ": " + e));
          }
        }
      }
    }

    @Override
    public OptionalLong size() {
      return size;
    }

    @Override
    public void close() throws IOException {
      closeCurrent();
      while (ready.hasNext()) {
        DocumentSource source = ready.next();
        if (source != null) {
          source.close();
        }
      }
    }

    private void closeCurrent() {
      try {
        if (current != null) {
          current.close();
        }
      } catch (IOException e) {
        // Everything was read already; a failing close loses nothing.
      } finally {
        current = null;
      }
    }
  }

  /** A source of one record, for a whole text read from standard input. */
  private static final class SingleDocument implements DocumentSource {
    private SourceRecord record;

    SingleDocument(SourceRecord record) {
      this.record = record;
    }

    @Override
    public Optional<SourceRecord> next() {
      Optional<SourceRecord> next = Optional.ofNullable(record);
      record = null;
      return next;
    }

    @Override
    public void close() {}
  }
}
