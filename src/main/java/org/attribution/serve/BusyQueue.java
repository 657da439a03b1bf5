package org.attribution.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The bounded queue in front of extraction: Jetty's {@link QoSHandler} lets as many extraction
 * requests run as there are threads, parks up to {@code queue} more without holding a thread, and
 * answers the rest at once with {@code 503} and a {@code Retry-After}, as it does those that waited
 * longer than {@code maxWait}. Other routes (the page, health, version) pass by it, so they answer
 * however busy the service is.
 *
 * <p>Thread-safe.
 */
final class BusyQueue extends QoSHandler {

  /** The seconds a client is asked to wait before trying again. */
  static final int RETRY_AFTER_SECONDS = 5;

  BusyQueue(int threads, int queue, java.time.Duration maxWait, String... paths) {
    setMaxRequestCount(threads);
    setMaxSuspendedRequestCount(queue);
    setMaxSuspend(maxWait);
    for (String path : paths) {
      include(PathSpec.from(path));
    }
    includeMethod("POST");
  }

  @Override
  protected void reject(Request request, Response response, Callback callback, int status) {
    busy(response, callback);
  }

  @Override
  protected void failSuspended(
      Request request, Response response, Callback callback, int status, Throwable failure) {
    busy(response, callback);
  }

  private static void busy(Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
    Responses.refuse(
        response,
        callback,
        HttpStatus.SERVICE_UNAVAILABLE_503,
        "the service is busy; retry after " + RETRY_AFTER_SECONDS + " s");
  }
}
