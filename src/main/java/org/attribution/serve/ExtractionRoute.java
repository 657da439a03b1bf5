package org.attribution.serve;

import java.io.IOException;
import org.attribution.batch.DocumentError;
import org.attribution.batch.DocumentResult;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A route that extracts: answers a {@link BadRequest} with its status and reason, and anything
 * unexpected with {@code 500} and no detail, which goes to the service's log instead; so that no
 * request can take the service down or see its internals.
 *
 * <p>Thread-safe when the subclass is.
 */
abstract class ExtractionRoute implements Request.Handler {

  private static final Logger LOG = LoggerFactory.getLogger(ExtractionRoute.class);

  @Override
  public final boolean handle(Request request, Response response, Callback callback) {
    try {
      respond(request, response, callback);
    } catch (BadRequest e) {
      Responses.refuse(response, callback, e.status(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "the service is stopping");
    } catch (IOException e) {
      // The client went away or sent a broken body: there is no one left to answer.
      callback.failed(e);
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", request.getMethod(), Request.getPathInContext(request), e);
      fail(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "internal error");
    }
    return true;
  }

  /**
   * Answers {@code request}, completing {@code callback}.
   *
   * @throws BadRequest for a request the service cannot take, before anything is written
   */
  abstract void respond(Request request, Response response, Callback callback)
      throws BadRequest, IOException, InterruptedException;

  /** The status of a document's answer: 200, or 504 when it ran out of time, 500 when it failed. */
  static int statusOf(DocumentResult result) {
    return result
        .error()
        .map(
            e ->
                e.kind() == DocumentError.Kind.TIMEOUT
                    ? HttpStatus.GATEWAY_TIMEOUT_504
                    : HttpStatus.INTERNAL_SERVER_ERROR_500)
        .orElse(HttpStatus.OK_200);
  }

  private static void fail(Response response, Callback callback, int status, String reason) {
    if (response.isCommitted()) {
      callback.failed(new IOException(reason));
    } else {
      Responses.error(response, callback, status, reason);
    }
  }
}
