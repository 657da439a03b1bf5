package org.attribution.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attribution-extractor} command line: one subcommand per task. */
@Command(
    name = "attribution-extractor",
    mixinStandardHelpOptions = true,
    version = "attribution-extractor 0.1.0",
    description = "Finds who said what in English news text.",
    subcommands = {
      ExtractCommand.class, IndexCommand.class, EvaluateCommand.class, ReportCommand.class, TrainCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run subcommands in-process. */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** The configured command line, with subcommands made by {@code factory} (tests pass fakes). */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    // Lets users write enum values as they read in help and docs: --format csv, --input-format warc.
    return new CommandLine(new Main(), factory).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
