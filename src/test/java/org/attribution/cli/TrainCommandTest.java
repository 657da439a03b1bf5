package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  private static final String GOLD = "samples/putin-xi-2024-05-16.expected.jsonl";

  @TempDir Path dir;

  @Test
  void trainsTheModelOfTheProfileItIsGiven() throws IOException {
    Path model = dir.resolve("fast.tsv");

    int exitCode =
        Main.commandLine()
            .execute(
                "train",
                "--gold",
                GOLD,
                "--profile",
                "FAST",
                "--output",
                model.toString(),
                "--threads",
                "1");

    assertThat(exitCode).isZero();
    String tsv = Files.readString(model);
    assertThat(tsv).contains("FAST profile").contains("--output models/cue-reliability-fast.tsv");
    assertThat(tsv.lines().filter(l -> !l.startsWith("#")))
        .allMatch(l -> l.split("\t").length == 4);
  }

  @Test
  void refusesAnUnknownProfile() {
    int exitCode =
        Main.commandLine()
            .execute(
                "train",
                "--gold",
                GOLD,
                "--profile",
                "QUICK",
                "--output",
                dir.resolve("m.tsv").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(dir.resolve("m.tsv")).doesNotExist();
  }
}
