package org.attribution.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A route whose answer never changes, made once when the service starts: the page, the OpenAPI
 * description, health and version.
 *
 * <p>Immutable and thread-safe.
 */
final class FixedRoute implements Request.Handler {

  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers;

  /** Answers {@code body} as {@code contentType} in UTF-8, with {@code headers} besides. */
  FixedRoute(String contentType, String body, Map<String, String> headers) {
    this.contentType = contentType;
    this.body = body.getBytes(StandardCharsets.UTF_8);
    this.headers = Map.copyOf(headers);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    headers.forEach(response.getHeaders()::put);
    Responses.bytes(response, callback, HttpStatus.OK_200, contentType, body);
    return true;
  }
}
