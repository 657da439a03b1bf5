package org.attribution.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attribution.Attribution;

/**
 * Writes a block of plain text per document for reading on a terminal: the id, the kept input
 * fields, then each attribution with its speaker (the canonical name, and the mention when it
 * differs), type, cue, document and content, wrapped to fit 80 columns.
 *
 * <pre>
 * putin-xi-2024-05-16: 12 attributions
 *
 *   1. Xi Jinping (the CCP leader), DIRECT, cue "referred to as"
 *      good neighbor, good friend, and good partner,
 * </pre>
 *
 * <p>Not thread-safe.
 */
public final class TextSink implements ResultSink {

  /** Columns a wrapped line may take, so that blocks fit an 80-column terminal. */
  static final int WIDTH = 79;

  private static final String INDENT = "      ";

  private final OutputFile out;

  public TextSink(OutputFile out) {
    this.out = out;
  }

  @Override
  public void write(DocumentResult result) throws IOException {
    StringBuilder block = new StringBuilder(result.id());
    result
        .error()
        .ifPresentOrElse(
            e ->
                block
                    .append(": error (")
                    .append(e.kind().label())
                    .append(")\n")
                    .append(wrap("  ", e.message(), "  ")),
            () -> block.append(": ").append(count(result.attributions().size())).append('\n'));
    result
        .keptFields()
        .forEach(
            (field, value) ->
                block
                    .append("  ")
                    .append(field)
                    .append(": ")
                    .append(value.isValueNode() ? value.asString() : value.toString())
                    .append('\n'));
    List<Attribution> attributions = result.attributions();
    for (int i = 0; i < attributions.size(); i++) {
      block.append('\n').append(describe(i + 1, attributions.get(i)));
    }
    // One call per document, so that a flush from another thread never splits a block.
    out.writer().write(TerminalText.escape(block.append('\n').toString()));
  }

  private static String count(int n) {
    return n == 1 ? "1 attribution" : n + " attributions";
  }

  private static String describe(int number, Attribution a) {
    List<String> heading = new ArrayList<>();
    heading.add(speaker(a));
    heading.add(a.type().name());
    if (a.cue() != null) {
      heading.add("cue \"" + a.cue() + "\"");
    }
    String lines =
        wrap(String.format(Locale.ROOT, "%4d. ", number), String.join(", ", heading), INDENT);
    if (a.document() != null) {
      lines += wrap(INDENT, "according to " + a.document(), INDENT);
    }
    return lines + wrap(INDENT, a.content(), INDENT);
  }

  private static String speaker(Attribution a) {
    if (!a.speakers().isEmpty()) {
      return String.join(" and ", a.speakers()) + " (" + a.speaker() + ")";
    }
    if (a.speakerCanonical() != null) {
      boolean sameAsMention = a.speaker() == null || a.speaker().equals(a.speakerCanonical());
      return a.speakerCanonical() + (sameAsMention ? "" : " (" + a.speaker() + ")");
    }
    if (a.speaker() != null) {
      return a.speaker();
    }
    return a.document() != null ? a.document() : "no speaker";
  }

  /**
   * {@code text} after {@code firstIndent}, on lines of at most {@link #WIDTH} columns (longer
   * words alone on theirs), the lines after the first starting with {@code indent}.
   */
  static String wrap(String firstIndent, String text, String indent) {
    StringBuilder wrapped = new StringBuilder(firstIndent);
    int lineStart = 0;
    boolean lineEmpty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!lineEmpty && wrapped.length() - lineStart + 1 + word.length() > WIDTH) {
        wrapped.append('\n');
        lineStart = wrapped.length();
        wrapped.append(indent);
        lineEmpty = true;
      }
      wrapped.append(lineEmpty ? "" : " ").append(word);
      lineEmpty = false;
    }
    return wrapped.append('\n').toString();
  }

  @Override
  public void flush(boolean durable) throws IOException {
    out.flush(durable);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
