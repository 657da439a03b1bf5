package org.attribution.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.options.ExtractionOptions;
import org.attribution.options.ThreadsOption;
import org.attribution.serve.AttributionService;
import org.attribution.serve.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code serve} command: builds the extractor of each profile once and answers extraction
 * requests over HTTP, with a page to paste articles into, until stopped (Ctrl-C or SIGTERM, which
 * finish the requests in flight). Prints one line when it is ready.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Answers extraction requests over HTTP until stopped: POST /extract takes a text, a JSON"
          + " document or JSON Lines; the page at / shows who said what in an article pasted into it;"
          + " GET /openapi.json describes the rest. See docs/service.md."
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {"0:stopped", ExitStatus.FAILED_LINE, ExitStatus.BUG_LINE})
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "9000",
      description = "Port to listen on; 0 takes a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
              + " network, behind your own access control).")
  String host;

  @Option(
      names = "--profile",
      defaultValue = Profile.DEFAULT_NAME,
      split = ",",
      paramLabel = "PROFILE",
      description =
          "Profiles to load, comma-separated, the first the default; a request picks another with"
              + " ?profile= (default: ${DEFAULT-VALUE}).")
  List<Profile> profiles;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--queue",
      defaultValue = "64",
      paramLabel = "N",
      description =
          "Requests that may wait for a thread; more get 503 with Retry-After (default:"
              + " ${DEFAULT-VALUE}).")
  int queue;

  @Option(
      names = "--max-body",
      defaultValue = "4194304",
      paramLabel = "BYTES",
      description =
          "Largest body of one text or JSON document; larger get 413 (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Mixin ExtractionOptions extractionOptions;

  @Option(
      names = "--allow-origin",
      split = ",",
      paramLabel = "ORIGIN",
      description =
          "Web origins (https://example.org) whose pages may call the service; * for any. Default:"
              + " none.")
  List<String> allowOrigins = List.of();

  @Option(names = "--quiet", description = "No model loading messages; only errors.")
  boolean quiet;

  private final Function<Profile, Function<Document, List<Attribution>>> extractors;
  private final PrintStream out;
  private final PrintStream err;

  /** The command as the command line runs it, with the library's extractor of each profile. */
  ServeCommand() {
    this.extractors = p -> build(p)::extract;
    this.out = System.out;
    this.err = System.err;
  }

  /**
   * @param extractors builds the thread-safe extraction of a profile, once the options are checked
   */
  ServeCommand(
      Function<Profile, Function<Document, List<Attribution>>> extractors,
      PrintStream out,
      PrintStream err) {
    this.extractors = extractors;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    if (quiet) {
      System.setProperty(ExtractCommand.LOG_LEVEL_PROPERTY, "warn");
    }
    ServiceOptions options;
    try {
      options =
          new ServiceOptions(
              host,
              port,
              profiles,
              threads.threads(),
              queue,
              maxBody,
              extractionOptions.maxChars(),
              extractionOptions.docTimeout(),
              allowOrigins,
              spec.root().version()[0]);
      options.profiles().forEach(extractionOptions::checkModels);
    } catch (IllegalArgumentException e) {
      err.println("serve: " + e.getMessage());
      return ExitStatus.FAILED;
    }
    Map<Profile, Function<Document, List<Attribution>>> extractions = new LinkedHashMap<>();
    try {
      options.profiles().forEach(p -> extractions.put(p, extractors.apply(p)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A models file that is not what its name says, or a CoreNLP model the classpath lacks.
      err.println("serve: " + e.getMessage());
      return ExitStatus.FAILED;
    }
    AttributionService service;
    try {
      service = AttributionService.start(options, extractions);
    } catch (IOException e) {
      err.println(
          "serve: cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + IoMessages.describe(e)
              + "); choose another --port or --host");
      return ExitStatus.FAILED;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service), "serve-stop"));
    out.println(
        "Serving "
            + String.join(", ", options.profiles().stream().map(Enum::name).toList())
            + " at "
            + service.uri()
            + " (POST /extract, the page at /); Ctrl-C stops");
    out.flush();
    service.join();
    return ExitStatus.OK;
  }

  /** The extractor of {@code profile}, saying which models it loaded unless {@code --quiet}. */
  private AttributionExtractor build(Profile profile) {
    AttributionExtractor extractor = extractionOptions.builder(profile).build();
    if (!quiet) {
      err.println("serve: loaded " + extractor.describeModels());
    }
    return extractor;
  }

  /** On Ctrl-C or SIGTERM: finishes the requests in flight, then lets the process end. */
  private void stop(AttributionService service) {
    try {
      service.stop();
      err.println("serve: stopped");
    } catch (Exception e) {
      err.println("serve: stopped, without finishing every request: " + e.getMessage());
    }
  }
}
