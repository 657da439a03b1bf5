package org.attribution.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.attribution.batch.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attribution-extractor} command line: one subcommand per task. */
@Command(
    name = "attribution-extractor",
    mixinStandardHelpOptions = true,
    version = "attribution-extractor 0.1.0",
    description = "Finds who said what in English news text.",
    subcommands = {
      ExtractCommand.class,
      IndexCommand.class,
      SpeakersCommand.class,
      EvaluateCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {
      ExitStatus.OK_LINE,
      "1:finished, but some records could not be processed (each command's --help says which)",
      ExitStatus.FAILED_LINE,
      ExitStatus.BUG_LINE
    })
public final class Main implements Callable<Integer> {

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
    return new CommandLine(new Main(), factory)
        // Lets users write enum values as they read in help and docs: --format csv, --input-format
        // warc.
        .setCaseInsensitiveEnumValuesAllowed(true)
        // A mistyped option after --input's files is an error, not one more file name.
        .setUnmatchedOptionsAllowedAsOptionParameters(false)
        .setParameterExceptionHandler(new UsageErrors())
        .setExecutionExceptionHandler(Main::failed);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitStatus.FAILED;
  }

  /**
   * What a command did not catch: a file that cannot be read or written is the user's to fix and
   * gets one line; anything else is a bug and keeps its stack trace.
   */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      command
          .getErr()
          .println(command.getCommandName() + ": " + TerminalText.escape(IoMessages.describe(e)));
      return ExitStatus.FAILED;
    }
    command
        .getErr()
        .println(
            command.getCommandName() + ": unexpected failure; please report it with this trace:");
    e.printStackTrace(command.getErr());
    return ExitStatus.BUG;
  }
}
