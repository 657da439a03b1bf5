package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.AttributionExtractor;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code serve} command: its usage errors, its ready line, and its stop on SIGTERM. */
class ServeCommandTest {

  private static final Pattern READY = Pattern.compile("Serving FAST at (http://\\S+) .*");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicInteger built = new AtomicInteger();

  private int serve(String... args) {
    ServeCommand serve =
        new ServeCommand(
            p -> {
              built.incrementAndGet();
              return new QuoteExtraction();
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String[] all = new String[args.length + 1];
    all[0] = "serve";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.commandLine(factory(serve)).execute(all);
  }

  /** Makes the command line use {@code serve} for its serve subcommand. */
  static CommandLine.IFactory factory(ServeCommand serve) {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ServeCommand.class
            ? type.cast(serve)
            : CommandLine.defaultFactory().create(type);
      }
    };
  }

  @Test
  void refusesBadOptionsInOneLineBeforeLoadingModels() {
    int status = serve("--threads", "0");

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("serve: threads must be at least 1, not 0" + System.lineSeparator());
    assertThat(built).hasValue(0);
  }

  @Test
  void namesTheModelAModelsFolderLacksInOneLineBeforeLoadingAny() {
    Path folder = Path.of("no-such-models");

    int status = serve("--profile", "FAST", "--models", folder.toString());

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("serve: models folder " + folder + " not found" + System.lineSeparator());
    assertThat(built).hasValue(0);
  }

  @Test
  void namesAModelThatIsNotOneInOneLine() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("my-models"));
    Files.writeString(folder.resolve("cue-reliability-fast.tsv"), "said\n");
    ServeCommand serve =
        new ServeCommand(
            p -> AttributionExtractor.builder().profile(p).models(folder).build()::extract,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    int status =
        Main.commandLine(factory(serve))
            .execute("serve", "--profile", "FAST", "--models", folder.toString());

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("serve: " + folder.resolve("cue-reliability-fast.tsv") + " is not a cue model")
        .hasLineCount(1);
  }

  @Test
  void saysInOneLineThatThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int status = serve("--profile", "FAST", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(status).isEqualTo(ExitStatus.FAILED);
      assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
          .singleElement()
          .asString()
          .startsWith("serve: cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .endsWith("choose another --port or --host");
    }
  }

  @Test
  void printsOneReadyLineAndFinishesTheRequestInFlightOnSigterm() throws Exception {
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    HeldServeMain.class.getName(),
                    "serve",
                    "--profile",
                    "FAST",
                    "--port",
                    "0"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader stdout =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      Matcher ready = READY.matcher(stdout.readLine());
      assertThat(ready.matches()).isTrue();
      URI uri = URI.create(ready.group(1));
      assertThat(uri.getHost()).isEqualTo("127.0.0.1");

      CompletableFuture<HttpResponse<String>> inFlight =
          HttpClient.newHttpClient()
              .sendAsync(
                  HttpRequest.newBuilder(uri.resolve("/extract"))
                      .POST(HttpRequest.BodyPublishers.ofString("\"a\" said " + HeldServeMain.HOLD))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(stdout.readLine()).isEqualTo(HeldServeMain.HOLDING);
      process.destroy(); // SIGTERM

      HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("\"content\":\"a\"");
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }
}
