package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.attribution.io.AttributionJson;
import org.attribution.testing.WarcFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extract command over random, seeded combinations of input shapes (JSON Lines plain or
 * gzipped, a gzip whose later member is corrupt, WARC archives, ids that are strings, numbers,
 * repeated or missing) and output targets (a new file, a device, the input itself, a symbolic or a
 * hard link to it, a file beside it). Each case checks that no input file changes, that no document
 * is lost or doubled, and that the exit status is the documented one. 100 cases by default; {@code
 * -Dcli.fuzz.cases=N} runs more.
 */
class CommandLineFuzzTest {

  private static final long SEED = 0x5EEDL;

  @TempDir Path dir;

  static Stream<Long> cases() {
    return IntStream.range(0, Integer.getInteger("cli.fuzz.cases", 100)).mapToObj(i -> SEED + i);
  }

  /** The output targets. */
  enum Target {
    NEW_FILE,
    DEV_NULL,
    THE_INPUT,
    SYMLINK_TO_INPUT,
    HARD_LINK_TO_INPUT,
    BESIDE_THE_INPUT_GZIPPED
  }

  @ParameterizedTest
  @MethodSource("cases")
  void noInputChangesNoDocumentIsLostOrDoubledAndTheStatusIsDocumented(long seed)
      throws IOException {
    Random random = new Random(seed);
    Input input = randomInput(random);
    byte[] before = Files.readAllBytes(input.file());
    Target target = Target.values()[random.nextInt(Target.values().length)];
    Path output = output(target, input.file());

    CommandRunner cli = new CommandRunner();
    int status =
        cli.run(
            "extract",
            "--input",
            input.file().toString(),
            "--output",
            output.toString(),
            "--threads",
            String.valueOf(1 + random.nextInt(3)),
            random.nextBoolean() ? "--unordered" : "--quiet");

    String why = "seed " + seed + ", " + input + ", " + target + ": " + cli.stderr();
    assertThat(Files.readAllBytes(input.file())).as(why).isEqualTo(before);
    boolean refused =
        target == Target.THE_INPUT
            || target == Target.SYMLINK_TO_INPUT
            || target == Target.HARD_LINK_TO_INPUT;
    if (refused) {
      assertThat(status).as(why).isEqualTo(2);
      assertThat(cli.stderr().lines()).as(why).hasSize(1);
      return;
    }
    assertThat(status).as(why).isEqualTo(input.corrupt() ? 1 : 0);
    if (target == Target.DEV_NULL) {
      return;
    }
    List<String> ids = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String line : linesOf(output)) {
      var record = AttributionJson.MAPPER.readTree(line);
      (record.has("error") ? errors : ids).add(record.get("id").asString());
    }
    assertThat(ids).as(why).containsExactlyInAnyOrderElementsOf(input.ids());
    assertThat(errors).as(why).hasSize(input.corrupt() ? 1 : 0);
  }

  /** An input file, the ids of its documents, and whether it ends in a corrupt gzip member. */
  private record Input(Path file, List<String> ids, boolean corrupt) {}

  private Input randomInput(Random random) throws IOException {
    int documents = 1 + random.nextInt(5);
    return random.nextInt(4) == 0 ? warc(random, documents) : jsonLines(random, documents);
  }

  private Input jsonLines(Random random, int documents) throws IOException {
    int shape = random.nextInt(3); // plain, gzipped, gzipped with a corrupt member after
    String name = "in" + (shape == 0 ? ".jsonl" : ".jsonl.gz");
    StringBuilder lines = new StringBuilder();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= documents; i++) {
      String text = "\\\"Quote " + i + "\\\" said Someone.";
      switch (random.nextInt(4)) {
        case 0 -> {
          lines.append("{\"text\": \"").append(text).append("\"}\n");
          ids.add(name + ":" + i);
        }
        case 1 -> {
          String id = i + "e" + (300 + random.nextInt(200));
          lines
              .append("{\"id\": ")
              .append(id)
              .append(", \"text\": \"")
              .append(text)
              .append("\"}\n");
          ids.add(id);
        }
        case 2 -> {
          lines.append("{\"id\": \"same\", \"text\": \"").append(text).append("\"}\n");
          ids.add("same");
        }
        default -> {
          String id = "doc-" + random.nextInt(1000) + "-" + i;
          lines
              .append("{\"id\": \"")
              .append(id)
              .append("\", \"text\": \"")
              .append(text)
              .append("\"}\n");
          ids.add(id);
        }
      }
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    if (shape > 0) {
      bytes = WritingRuleTest.gzip(lines.toString());
    }
    if (shape == 2) {
      byte[] garbage = Arrays.copyOf(WritingRuleTest.gzip("{}\n"), 1 + random.nextInt(9));
      if (random.nextBoolean()) {
        garbage[0] = 0x42; // bad magic
      }
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(bytes);
      all.writeBytes(garbage);
      bytes = all.toByteArray();
    }
    Path file = Files.createDirectories(dir.resolve("input")).resolve(name);
    Files.write(file, bytes);
    return new Input(file, ids, shape == 2);
  }

  private Input warc(Random random, int documents) throws IOException {
    boolean gzip = random.nextBoolean();
    Path file =
        Files.createDirectories(dir.resolve("input")).resolve(gzip ? "in.warc.gz" : "in.warc");
    List<String> ids = new ArrayList<>();
    try (WarcFixture warc = WarcFixture.create(file, gzip)) {
      for (int i = 0; i < documents; i++) {
        String url = "https://example.org/" + random.nextInt(1000) + "/" + i;
        warc.html(url, WarcFixture.newsPage("Title " + i, "\"We will win,\" the coach said."));
        ids.add(url);
      }
    }
    return new Input(file, ids, false);
  }

  private Path output(Target target, Path input) throws IOException {
    return switch (target) {
      case NEW_FILE -> dir.resolve("out.jsonl");
      case DEV_NULL -> Path.of("/dev/null");
      case THE_INPUT -> input;
      case SYMLINK_TO_INPUT -> Files.createSymbolicLink(dir.resolve("link"), input);
      case HARD_LINK_TO_INPUT -> Files.createLink(dir.resolve("hard"), input);
      case BESIDE_THE_INPUT_GZIPPED -> input.resolveSibling("out.jsonl.gz");
    };
  }

  private static List<String> linesOf(Path output) throws IOException {
    return output.toString().endsWith(".gz")
        ? WritingRuleTest.gunzipLines(output)
        : Files.readAllLines(output);
  }
}
