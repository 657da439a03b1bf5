package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text meant for a terminal carries no escape sequence from the input. */
class TerminalSafetyTest {

  @TempDir Path dir;

  private final CommandRunner cli = new CommandRunner();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\u001b]52;c;ZXZpbA==\\u0007", // OSC 52: writes the clipboard
        "\\u001b]0;owned\\u0007", // OSC 0: sets the window title
        "\\u001b[2J", // clears the screen
        "\\u001b[8m", // hides the text after it
        "\\u009b2J" // CSI in its one-character (C1) form
      })
  void textFormatShowsEscapeSequencesOfTheInputEscaped(String sequence) throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\": \"a" + sequence + "\", \"text\": \"\\\"Hi" + sequence + "\\\" said he.\"}\n");
    Path out = dir.resolve("out.txt");

    assertThat(
            cli.run(
                "extract",
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--format",
                "text"))
        .isZero();

    assertThat(Files.readString(out)).doesNotContain("\u001b", "\u0007", "\u009b").contains("\\x");
  }

  @Test
  void warningsShowControlCharactersOfInputLinesEscaped() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "not json \u001b]0;owned\u0007\n");
    Path out = dir.resolve("out.jsonl");

    cli.run("extract", "--input", in.toString(), "--output", out.toString());

    assertThat(cli.stderr()).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void messagesShowControlCharactersOfFileNamesEscaped() {
    String name = dir.resolve("missing\u001b[2J.jsonl").toString();

    assertThat(cli.run("extract", "--input", name)).isEqualTo(2);

    assertThat(cli.stderr()).doesNotContain("\u001b").contains("missing\\x1B[2J.jsonl");
  }
}
