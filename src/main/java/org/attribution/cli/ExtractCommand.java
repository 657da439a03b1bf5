package org.attribution.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.batch.BatchOptions;
import org.attribution.batch.BatchRunner;
import org.attribution.batch.BatchSummary;
import org.attribution.batch.CompletedIds;
import org.attribution.batch.LogProgress;
import org.attribution.batch.OutputGuard;
import org.attribution.batch.OutputTarget;
import org.attribution.batch.Progress;
import org.attribution.batch.ResultSink;
import org.attribution.batch.TerminalProgress;
import org.attribution.batch.TerminalText;
import org.attribution.io.DocumentSource;
import org.attribution.io.DocumentSources;
import org.attribution.options.ExtractionOptions;
import org.attribution.options.ThreadsOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code extract} command: a batch over text files, JSON Lines or WARC archives, writing one
 * JSON line (CSV rows, or a block of text) per document. Exit status ({@link ExitStatus}) 0 when
 * every document went through, 1 when some have error records, 2 for bad usage, unreadable input or
 * unwritable output.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts attributions from articles and writes one record per article.",
      "Inputs: .txt files or folders of them, JSON Lines (.jsonl, .jsonl.gz), WARC archives"
          + " (.warc, .warc.gz), or - for standard input (JSON Lines, a WARC archive or plain text, told from"
          + " its first bytes unless --input-format says)."
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {
      "0:every document was extracted",
      "1:some documents have error records (their count is printed)",
      ExitStatus.FAILED_LINE,
      ExitStatus.BUG_LINE
    })
final class ExtractCommand implements Callable<Integer> {

  /** SLF4J Simple's level for all loggers, read when the first logger is made. */
  static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  /** SLF4J Simple's level for CoreNLP's loggers, read when each logger is made. */
  static final String CORENLP_LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.edu.stanford.nlp";

  /**
   * Keeps CoreNLP's warnings (CleanXmlAnnotator's, "Clearing CoreNLP annotation pool") from the
   * terminal: they speak of its internals, not of anything the user can act on. Set before CoreNLP
   * makes its first logger.
   */
  static void silenceCoreNlpWarnings() {
    System.setProperty(CORENLP_LOG_LEVEL_PROPERTY, "error");
  }

  @Mixin ExtractInputOptions in;

  @Mixin ThreadsOption threads;

  @Mixin ExtractionOptions extractionOptions;

  @Mixin ExtractOutputOptions out;

  @Option(
      names = "--unordered",
      description = "Write documents as they finish rather than in input order.")
  boolean unordered;

  @Option(
      names = "--quiet",
      description = "No progress, warnings, summary or model loading messages; only errors.")
  boolean quiet;

  @Option(
      names = "--profile",
      defaultValue = Profile.DEFAULT_NAME,
      paramLabel = "PROFILE",
      description =
          "LEARNED (a fine-tuned tagger, the rules' names; the best), ACCURATE (rules over the parse)"
              + " or FAST (tags and patterns only, no parser or entity models) (default: ${DEFAULT-VALUE}).")
  Profile profile;

  private final Supplier<Function<Document, List<Attribution>>> extraction;
  private final InputStream stdin;
  private final Path stdinFile;
  private final PrintStream err;

  /** The command as the command line runs it, with the library's extractor of {@code --profile}. */
  ExtractCommand() {
    this.extraction = () -> build()::extract;
    this.stdin = System.in;
    this.stdinFile = OutputTarget.STDIN;
    this.err = System.err;
  }

  /**
   * @param extraction supplies the extraction when the inputs have been checked, so that a usage
   *     error does not wait for models to load; the function is shared by all worker threads
   */
  ExtractCommand(
      Supplier<Function<Document, List<Attribution>>> extraction,
      InputStream stdin,
      PrintStream err) {
    this(extraction, stdin, OutputTarget.STDIN, err);
  }

  /**
   * @param stdinFile the file standard input reads, by name, so that an output that is that file is
   *     refused ({@code --input - --output F < F})
   */
  ExtractCommand(
      Supplier<Function<Document, List<Attribution>>> extraction,
      InputStream stdin,
      Path stdinFile,
      PrintStream err) {
    this.extraction = extraction;
    this.stdin = stdin;
    this.stdinFile = stdinFile;
    this.err = err;
  }

  @Override
  public Integer call() {
    if (quiet) {
      // Before CoreNLP makes its first logger, or its INFO lines on loading still show.
      System.setProperty(LOG_LEVEL_PROPERTY, "warn");
      silenceCoreNlpWarnings();
    }
    BatchOptions options;
    DocumentSources sources;
    OutputGuard guard;
    try {
      options =
          new BatchOptions(
              threads.threads(),
              extractionOptions.maxChars(),
              extractionOptions.docTimeout(),
              !unordered);
      sources = in.sources(stdin);
      out.check();
      extractionOptions.checkModels(profile);
      guard = OutputGuard.claim(out.target(in.files(stdinFile)));
      sources = out.output == null ? sources : sources.skipping(out.output);
    } catch (IllegalArgumentException e) {
      say("extract: " + e.getMessage());
      return ExitStatus.FAILED;
    } catch (IOException e) {
      say("extract: " + IoMessages.cannot("write", out.output, e));
      return ExitStatus.FAILED;
    }
    try (guard) {
      return extract(options, sources, guard);
    }
  }

  /** The run itself, once the output is claimed. */
  private int extract(BatchOptions options, DocumentSources sources, OutputGuard guard) {
    CompletedIds done;
    try {
      done = out.completed(guard);
    } catch (IOException e) {
      say("extract: cannot resume from " + out.output + ": " + IoMessages.reason(e));
      return ExitStatus.FAILED;
    }
    DocumentSource source;
    try {
      source = in.open(sources);
    } catch (IOException e) {
      say("extract: cannot read input: " + IoMessages.describe(e));
      return ExitStatus.FAILED;
    }
    Function<Document, List<Attribution>> extractor;
    try {
      extractor = extraction.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A models file that is not what its name says, or a CoreNLP model the classpath lacks.
      err.println("extract: " + e.getMessage());
      return ExitStatus.FAILED;
    }
    BatchRunner runner = new BatchRunner(options, extractor, progress());
    BatchSummary summary;
    try (source;
        ResultSink sink = out.sink(done.size() > 0, in.csvColumns())) {
      Thread onInterrupt = new Thread(() -> savePartial(sink), "extract-interrupted");
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        summary = runner.run(source, sink, done);
      } finally {
        removeHook(onInterrupt);
      }
    } catch (IOException e) {
      // Input problems became error records; what fails here is the output.
      err.println(out.failed(e));
      return ExitStatus.FAILED;
    }
    if (!quiet) {
      err.println("Done: " + summary.describe());
    }
    if (summary.errors() > 0) {
      err.printf(
          Locale.ROOT,
          "%,d of %,d documents have error records%s%n",
          summary.errors(),
          summary.documents(),
          out.output == null ? "" : " in " + out.output);
      return ExitStatus.PARTLY;
    }
    return ExitStatus.OK;
  }

  /**
   * On Ctrl-C or a kill signal, saves the lines written so far and says how to go on. The sink's
   * writer serializes this flush with the batch's own writes.
   */
  private void savePartial(ResultSink sink) {
    try {
      sink.flush(true);
    } catch (IOException | RuntimeException e) {
      // The process is ending; --resume repairs whatever the flush could not finish.
    }
    err.println(out.interrupted());
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or has run.
    }
  }

  /** The extractor of the options, saying which models it loaded unless {@code --quiet}. */
  private AttributionExtractor build() {
    AttributionExtractor extractor = extractionOptions.builder(profile).build();
    if (!quiet) {
      err.println("extract: loaded " + extractor.describeModels());
    }
    return extractor;
  }

  /** Prints a message, with the control characters of the file names and inputs in it escaped. */
  private void say(String message) {
    err.println(TerminalText.escape(message));
  }

  private Progress progress() {
    if (quiet) {
      return Progress.silent();
    }
    // Without a console the error stream is most likely a log file: plain lines suit it better.
    return System.console() != null
        ? new TerminalProgress(err)
        : new LogProgress(err, Duration.ofSeconds(30), System::nanoTime);
  }
}
