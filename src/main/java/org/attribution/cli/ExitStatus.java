package org.attribution.cli;

/**
 * The exit statuses every command keeps, and the lines that list them at the end of each command's
 * {@code --help}.
 *
 * <ul>
 *   <li>{@link #OK}: the command did all it was asked;
 *   <li>{@link #PARTLY}: it finished, but some records could not be processed (documents with error
 *       records, unreadable report lines, unmatched evaluation documents, a failed benchmark);
 *   <li>{@link #FAILED}: it could not run: bad usage, an input that is missing or unreadable, an
 *       output that cannot be written;
 *   <li>{@link #BUG}: an unexpected failure, printed with its stack trace to report it.
 * </ul>
 */
final class ExitStatus {

  static final int OK = 0;
  static final int PARTLY = 1;
  static final int FAILED = 2;
  static final int BUG = 3;

  static final String HEADING = "%nExit status:%n";
  static final String OK_LINE = "0:done";
  static final String FAILED_LINE =
      "2:bad usage, missing or unreadable input, or unwritable output";
  static final String BUG_LINE = "3:unexpected failure, with its stack trace (please report it)";

  private ExitStatus() {}
}
