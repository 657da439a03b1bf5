package org.attribution.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The input, output and summary options of the {@code index} and {@code speakers} commands. */
final class IndexIoOptions {

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Output of extract: JSON Lines, optionally .gz, or a folder of them (a Spark job's"
              + " output: part-* files), in order; - reads standard input.")
  List<Path> inputs;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Output file, gzipped when it ends in .gz (default: standard output).")
  Path output;

  @Option(names = "--quiet", description = "No summary; only problems.")
  boolean quiet;
}
