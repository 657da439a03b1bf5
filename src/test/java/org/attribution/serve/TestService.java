package org.attribution.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.Profile;

/** Starts services on a free loopback port for tests, and talks to them over real HTTP. */
final class TestService {

  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestService() {}

  /** Options for tests: loopback, a free port, {@code threads}, the given limits. */
  static ServiceOptions options(
      List<Profile> profiles,
      int threads,
      int queue,
      long maxBodyBytes,
      Duration docTimeout,
      List<String> allowOrigins) {
    return new ServiceOptions(
        "127.0.0.1",
        0,
        profiles,
        threads,
        queue,
        maxBodyBytes,
        100_000,
        docTimeout,
        allowOrigins,
        "attribution-extractor test");
  }

  /** A service of one profile, FAST, that extracts with {@code extraction}. */
  static AttributionService start(
      ServiceOptions options, Function<Document, List<Attribution>> extraction) throws Exception {
    Map<Profile, Function<Document, List<Attribution>>> extractions = new LinkedHashMap<>();
    options.profiles().forEach(p -> extractions.put(p, extraction));
    return AttributionService.start(options, extractions);
  }

  static HttpResponse<String> post(
      AttributionService service, String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(service.uri().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(AttributionService service, String path)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(service.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(AttributionService service, String path) {
    return service.uri().resolve(path);
  }
}
