package org.attribution.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.io.AttributionJson;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A service under load and failure, with a stand-in extractor that can be held, slowed or broken:
 * each limit answers its own request and leaves the others alone.
 */
class ServiceLimitsTest {

  /** A text holding this is held until the test releases it. */
  private static final String HOLD = "HOLD";

  /** A text holding this makes the stand-in extractor fail. */
  private static final String BREAK = "BREAK";

  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch held = new CountDownLatch(1);
  private final QuoteExtraction quotes = new QuoteExtraction();

  private final Function<Document, List<Attribution>> extraction =
      document -> {
        if (document.text().contains(HOLD)) {
          held.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        }
        if (document.text().contains(BREAK)) {
          throw new IllegalStateException("broken by the test");
        }
        return quotes.apply(document);
      };

  private static ServiceOptions options(int threads, int queue, Duration timeout) {
    return TestService.options(List.of(Profile.FAST), threads, queue, 1 << 16, timeout, List.of());
  }

  private static JsonNode json(String body) {
    return AttributionJson.MAPPER.readTree(body);
  }

  private static CompletableFuture<HttpResponse<String>> postAsync(
      AttributionService service, String text) {
    return TestService.CLIENT.sendAsync(
        HttpRequest.newBuilder(TestService.uri(service, "/extract"))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(text))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answers503WithRetryAfterWhenEveryThreadIsBusyAndTheQueueFull() throws Exception {
    try (AttributionService service = TestService.start(options(1, 0, Duration.ZERO), extraction)) {
      CompletableFuture<HttpResponse<String>> first = postAsync(service, "\"a\" said " + HOLD);
      assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

      HttpResponse<String> refused = TestService.post(service, "/extract", "text/plain", "\"b\"");
      HttpResponse<String> health = TestService.get(service, "/health");
      release.countDown();

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(json(refused.body()).get("error").asString())
          .isEqualTo("the service is busy; retry after 5 s");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(TestService.post(service, "/extract", "text/plain", "\"c\"").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void queuesRequestsUntilAThreadIsFree() throws Exception {
    try (AttributionService service = TestService.start(options(1, 4, Duration.ZERO), extraction)) {
      CompletableFuture<HttpResponse<String>> first = postAsync(service, "\"a\" said " + HOLD);
      assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> queued = postAsync(service, "\"b\" said");

      release.countDown();

      assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      HttpResponse<String> second = queued.get(30, TimeUnit.SECONDS);
      assertThat(second.statusCode()).isEqualTo(200);
      assertThat(json(second.body()).get("attributions").get(0).get("content").asString())
          .isEqualTo("b");
    }
  }

  @Test
  void answers504WithATimeoutRecordWhenADocumentTakesTooLong() throws Exception {
    try (AttributionService service =
        TestService.start(options(2, 4, Duration.ofMillis(200)), extraction)) {
      HttpResponse<String> slow =
          TestService.post(service, "/extract?id=slow", "text/plain", "\"a\" " + HOLD);
      HttpResponse<String> quick = TestService.post(service, "/extract", "text/plain", "\"b\"");
      release.countDown();

      assertThat(slow.statusCode()).isEqualTo(504);
      JsonNode record = json(slow.body());
      assertThat(record.get("id").asString()).isEqualTo("slow");
      assertThat(record.get("error").get("kind").asString()).isEqualTo("timeout");
      assertThat(record.get("error").get("message").asString())
          .isEqualTo("extraction took longer than 0.2 s");
      assertThat(quick.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void answers500WithAnErrorRecordAndNoStackTraceWhenExtractionFails() throws Exception {
    try (AttributionService service = TestService.start(options(2, 4, Duration.ZERO), extraction)) {
      HttpResponse<String> broken =
          TestService.post(service, "/extract", "text/plain", "\"a\" " + BREAK);
      HttpResponse<String> view = TestService.post(service, "/view", "text/plain", BREAK);
      HttpResponse<String> fine = TestService.post(service, "/extract", "text/plain", "\"b\"");

      assertThat(broken.statusCode()).isEqualTo(500);
      assertThat(json(broken.body()).get("error").get("message").asString())
          .isEqualTo("java.lang.IllegalStateException: broken by the test");
      assertThat(view.statusCode()).isEqualTo(500);
      assertThat(broken.body() + view.body()).doesNotContain("\tat ", "at org.");
      assertThat(fine.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void streamsAnErrorRecordForAFailingLineAndGoesOn() throws Exception {
    try (AttributionService service = TestService.start(options(2, 4, Duration.ZERO), extraction)) {
      HttpResponse<String> response =
          TestService.post(
              service,
              "/extract",
              "application/x-ndjson",
              "{\"id\":\"1\",\"text\":\"\\\"a\\\" "
                  + BREAK
                  + "\"}\n{\"id\":\"2\",\"text\":\"\\\"b\\\"\"}\n");

      List<JsonNode> lines = response.body().lines().map(ServiceLimitsTest::json).toList();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0).get("error").get("kind").asString()).isEqualTo("extraction");
      assertThat(lines.get(1).get("attributions").get(0).get("content").asString()).isEqualTo("b");
    }
  }

  @Test
  void finishesRequestsInFlightWhenStoppedAndRefusesNewOnes() throws Exception {
    AttributionService service = TestService.start(options(2, 4, Duration.ZERO), extraction);
    CompletableFuture<HttpResponse<String>> inFlight = postAsync(service, "\"a\" said " + HOLD);
    assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stopping =
        CompletableFuture.runAsync(
            () -> {
              try {
                service.stop();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    // The stop waits for the request held in flight; let it begin before releasing it.
    Thread.sleep(300);
    assertThat(stopping).isNotDone();
    release.countDown();

    HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer.body()).get("attributions").get(0).get("content").asString())
        .isEqualTo("a");
    stopping.get(30, TimeUnit.SECONDS);
  }

  @Test
  void allowsOnlyTheOriginsItWasGiven() throws Exception {
    ServiceOptions allowing =
        TestService.options(
            List.of(Profile.FAST),
            1,
            4,
            1 << 16,
            Duration.ZERO,
            List.of("https://newsroom.example"));
    try (AttributionService service = TestService.start(allowing, extraction)) {
      HttpResponse<String> allowed = fromOrigin(service, "https://newsroom.example");
      HttpResponse<String> other = fromOrigin(service, "https://elsewhere.example");

      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://newsroom.example");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  private static HttpResponse<String> fromOrigin(AttributionService service, String origin)
      throws Exception {
    return TestService.CLIENT.send(
        HttpRequest.newBuilder(TestService.uri(service, "/health"))
            .header("Origin", origin)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
