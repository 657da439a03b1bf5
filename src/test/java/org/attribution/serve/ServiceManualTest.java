package org.attribution.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Runs every {@code curl} command that the README and docs/service.md give, against a service
 * loaded as the manual starts it (both profiles, here run by the fast extractor), and checks that
 * each answers with JSON and no error.
 */
class ServiceManualTest {

  private static final Path CURL = Path.of("/usr/bin/curl");

  /** The curl commands of the shell blocks of {@code file}. */
  private static List<String> curlCommands(Path file) throws IOException {
    List<String> commands = new ArrayList<>();
    boolean inShell = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        inShell = line.equals("```sh");
      } else if (inShell && line.startsWith("curl ")) {
        commands.add(line);
      }
    }
    return commands;
  }

  @Test
  void everyCurlCommandOfTheManualGetsAnAnswer() throws Exception {
    assumeTrue(Files.isExecutable(CURL), "curl is not installed");
    List<String> commands = new ArrayList<>(curlCommands(Path.of("docs/service.md")));
    commands.addAll(curlCommands(Path.of("README.md")));
    assertThat(commands).hasSizeGreaterThan(8);
    Function<Document, List<Attribution>> fast =
        AttributionExtractor.builder().profile(Profile.FAST).build()::extract;
    Map<Profile, Function<Document, List<Attribution>>> extractions = new LinkedHashMap<>();
    extractions.put(Profile.ACCURATE, fast);
    extractions.put(Profile.FAST, fast);
    try (AttributionService service =
        AttributionService.start(
            TestService.options(
                List.copyOf(extractions.keySet()),
                2,
                8,
                4L << 20,
                Duration.ofMinutes(5),
                List.of()),
            extractions)) {
      String address = "127.0.0.1:" + service.uri().getPort();
      for (String command : commands) {
        Process curl =
            new ProcessBuilder("bash", "-c", command.replace("localhost:9000", address))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(curl.exitValue()).as(command).isZero();
        // One JSON value, such as the OpenAPI description over many lines, or JSON Lines.
        List<String> values =
            command.contains("x-ndjson") ? answer.lines().toList() : List.of(answer);
        assertThat(values).as(command).isNotEmpty();
        for (String value : values) {
          JsonNode json = AttributionJson.MAPPER.readTree(value);
          assertThat(json.has("error") && !json.get("error").isNull()).as(command).isFalse();
        }
      }
    }
  }
}
