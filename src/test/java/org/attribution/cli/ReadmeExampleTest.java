package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command prints what the README shows: its extraction command is run as written
 * (into a file instead of the terminal), and the first line and every block of the example output,
 * the elided ones ({@code ...}) apart, must stand in what it printed.
 */
class ReadmeExampleTest {

  private static final Pattern FIRST_COMMAND =
      Pattern.compile("java -jar target/attribution-extractor\\.jar (extract [^\\n]*)");

  private static final Pattern EXAMPLE =
      Pattern.compile(
          "The first prints a block per attribution[^\\n]*\\n+```\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  @Test
  void theFirstCommandPrintsTheExampleTheReadmeShows() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher command = FIRST_COMMAND.matcher(readme);
    Matcher example = EXAMPLE.matcher(readme);
    assertThat(command.find()).as("the README's extraction command").isTrue();
    assertThat(example.find()).as("the README's example output").isTrue();
    Path output = dir.resolve("out.txt");
    List<String> args = new ArrayList<>(Arrays.asList(command.group(1).split(" +")));
    args.addAll(List.of("--output", output.toString(), "--quiet"));

    assertThat(Main.commandLine().execute(args.toArray(String[]::new))).isZero();

    String printed = Files.readString(output);
    List<String> blocks = blocks(example.group(1));
    assertThat(blocks).hasSizeGreaterThan(2);
    assertThat(printed).startsWith(blocks.get(0));
    for (String block : blocks) {
      assertThat(printed).as("the README's example block").contains(block);
    }
  }

  /** The example's blocks: runs of lines between blank lines and the elisions ({@code ...}). */
  private static List<String> blocks(String example) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : example.split("\n", -1)) {
      if (line.isBlank() || line.strip().equals("...")) {
        if (block.length() > 0) {
          blocks.add(block.toString());
          block.setLength(0);
        }
      } else {
        block.append(line).append('\n');
      }
    }
    if (block.length() > 0) {
      blocks.add(block.toString());
    }
    return blocks;
  }
}
