package org.attribution.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.attribution.batch.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command-line mistake in one line that names it and the fix, instead of picocli's
 * message followed by the whole usage: an unknown option first (with the closest option names, as
 * picocli suggests them), since a mistyped name is what usually causes the other errors, such as a
 * required option reported missing.
 *
 * <p>Stateless and thread-safe.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        command.getCommandName()
            + ": "
            + TerminalText.escape(describe(e, args))
            + "; see "
            + command.getCommandSpec().qualifiedName()
            + " --help");
    err.flush();
    return ExitStatus.FAILED;
  }

  static String describe(ParameterException e, String[] args) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (!spec.subcommands().isEmpty()
        && args.length > 0
        && !args[0].startsWith("-")
        && !spec.subcommands().containsKey(args[0])) {
      // A mistyped command: name it, not the options meant for it.
      List<String> suggestions =
          new UnmatchedArgumentException(e.getCommandLine(), List.of(args[0])).getSuggestions();
      return "unknown command "
          + args[0]
          + (suggestions.isEmpty()
              ? ""
              : " (did you mean " + String.join(" or ", suggestions) + "?)");
    }
    List<String> unknown = unknownOptions(e.getCommandLine().getCommandSpec(), args);
    if (unknown.isEmpty() && !(e instanceof UnmatchedArgumentException)) {
      return e.getMessage();
    }
    UnmatchedArgumentException unmatched =
        unknown.isEmpty()
            ? (UnmatchedArgumentException) e
            : new UnmatchedArgumentException(e.getCommandLine(), unknown);
    List<String> suggestions = unmatched.getSuggestions();
    String what =
        unknown.isEmpty() ? e.getMessage() : "unknown option " + String.join(", ", unknown);
    return suggestions.isEmpty()
        ? what
        : what + " (did you mean " + String.join(" or ", suggestions) + "?)";
  }

  /** The arguments that look like options but are none of {@code spec}'s or its parents'. */
  private static List<String> unknownOptions(CommandSpec spec, String[] args) {
    List<String> unknown = new ArrayList<>();
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.startsWith("-")
          && name.length() > 1
          && !name.equals("--")
          && !Character.isDigit(name.charAt(1))
          && !known(spec, name)) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  private static boolean known(CommandSpec spec, String name) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      if (s.findOption(name) != null) {
        return true;
      }
    }
    return false;
  }
}
