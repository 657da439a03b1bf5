package org.attribution.serve;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.internal.ClassResources;
import org.attribution.io.AttributionJson;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Extraction over HTTP: a running Jetty server with warm extractors, one per profile loaded.
 *
 * <pre>{@code
 * AttributionService service =
 *     AttributionService.start(options, Map.of(Profile.FAST, extractor::extract));
 * // POST text to service.uri().resolve("/extract")
 * service.stop();
 * }</pre>
 *
 * <p>Routes: {@code POST /extract} ({@link ExtractRoute}), {@code POST /view} ({@link ViewRoute}),
 * the page at {@code /} ({@link ServicePage}), {@code GET /health}, {@code GET /version} and {@code
 * GET /openapi.json}. Extraction requests pass a bounded queue ({@link BusyQueue}); every error is
 * a one-line JSON reason ({@link JsonErrorHandler}); no cross-origin page may read an answer unless
 * {@link ServiceOptions#allowOrigins} names its origin. {@link #stop} refuses new requests and
 * finishes those in flight.
 *
 * <p>Thread-safe.
 */
public final class AttributionService implements AutoCloseable {

  /** How long a stop waits for requests in flight beyond the document time limit. */
  static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final Server server;
  private final ServerConnector connector;
  private final ProfilePools pools;
  private final Router router;

  private AttributionService(
      ServiceOptions options, Map<Profile, Function<Document, List<Attribution>>> extractions) {
    this.pools =
        new ProfilePools(extractions, options.threads(), options.docTimeout(), options.maxChars());
    this.router = routes(options, pools);
    this.server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    server.addConnector(connector);
    BusyQueue queue =
        new BusyQueue(options.threads(), options.queue(), queueWait(options), "/extract", "/view");
    queue.setHandler(router);
    server.setHandler(new GracefulHandler(crossOrigin(options.allowOrigins(), queue)));
    server.setErrorHandler(new JsonErrorHandler());
    server.setStopTimeout(stopTimeout(options).toMillis());
  }

  /**
   * Starts a service that extracts with {@code extractions}, one thread-safe function per profile
   * of {@code options.profiles()}, in the same order.
   *
   * @throws Exception when the server cannot start, such as a port already in use
   */
  public static AttributionService start(
      ServiceOptions options, Map<Profile, Function<Document, List<Attribution>>> extractions)
      throws Exception {
    if (!List.copyOf(extractions.keySet()).equals(options.profiles())) {
      throw new IllegalArgumentException(
          "extractions for " + extractions.keySet() + " do not match " + options.profiles());
    }
    AttributionService service = new AttributionService(options, extractions);
    try {
      service.server.start();
    } catch (Exception e) {
      service.pools.close();
      throw e;
    }
    return service;
  }

  /** Where the service listens, such as {@code http://127.0.0.1:9000/}. */
  public URI uri() {
    String host = connector.getHost();
    return URI.create(
        "http://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + connector.getLocalPort()
            + "/");
  }

  /** The paths served, with their methods. */
  Map<String, Set<HttpMethod>> routes() {
    return router.paths();
  }

  /** Blocks until the service has stopped. */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops taking requests ({@code 503} to new ones), waits for those in flight to finish, up to the
   * document time limit and a few seconds more, then stops the extractors.
   */
  public void stop() throws Exception {
    try {
      server.stop();
    } finally {
      pools.close();
    }
  }

  /**
   * Stops the service as {@link #stop()} does. An interrupt while stopping is kept on the thread
   * rather than thrown, so that a try-with-resources block never swallows it.
   */
  @Override
  public void close() throws IOException {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("could not stop the service: " + e.getMessage(), e);
    }
  }

  private static Router routes(ServiceOptions options, ProfilePools pools) {
    String json = Responses.JSON;
    return new Router()
        .add(
            HttpMethod.GET,
            "/",
            new FixedRoute(
                "text/html",
                ServicePage.html(options.profiles()),
                Map.of("Content-Security-Policy", ServicePage.contentSecurityPolicy())))
        .add(HttpMethod.POST, "/extract", new ExtractRoute(pools, options))
        .add(HttpMethod.POST, "/view", new ViewRoute(pools, options.maxBodyBytes()))
        .add(HttpMethod.GET, "/health", new FixedRoute(json, "{\"status\":\"ok\"}", Map.of()))
        .add(
            HttpMethod.GET,
            "/version",
            new FixedRoute(
                json, AttributionJson.MAPPER.writeValueAsString(ServiceInfo.of(options)), Map.of()))
        .add(
            HttpMethod.GET,
            "/openapi.json",
            new FixedRoute(
                json, ClassResources.text(AttributionService.class, "openapi.json"), Map.of()));
  }

  /** Answers cross-origin requests only from {@code origins}; none at all when it is empty. */
  private static Handler crossOrigin(List<String> origins, Handler next) {
    if (origins.isEmpty()) {
      return next;
    }
    CrossOriginHandler cors = new CrossOriginHandler();
    cors.setAllowedOriginPatterns(
        Set.copyOf(origins.stream().map(o -> o.equals("*") ? ".*" : Pattern.quote(o)).toList()));
    cors.setAllowedMethods(Set.of("GET", "POST"));
    cors.setAllowedHeaders(Set.of("Content-Type"));
    cors.setDeliverNonAllowedOriginRequests(false);
    cors.setHandler(next);
    return cors;
  }

  /** How long a request may wait in the queue: as long as a document may take, or a minute. */
  private static Duration queueWait(ServiceOptions options) {
    return options.docTimeout().isZero() ? Duration.ofMinutes(1) : options.docTimeout();
  }

  private static Duration stopTimeout(ServiceOptions options) {
    return queueWait(options).plus(STOP_GRACE);
  }
}
