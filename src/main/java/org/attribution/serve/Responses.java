package org.attribution.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.attribution.io.AttributionJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.JsonNode;

/**
 * Writes the service's whole responses: a JSON value, or an error as {@code {"error": "..."}} with
 * a one-line reason.
 *
 * <p>Stateless and thread-safe.
 */
final class Responses {

  static final String JSON = "application/json";

  private Responses() {}

  /** Writes {@code body} with {@code status} and completes {@code callback}. */
  static void json(Response response, Callback callback, int status, JsonNode body) {
    bytes(
        response,
        callback,
        status,
        JSON,
        AttributionJson.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the error {@code reason} (one line, no stack trace) with {@code status}. */
  static void error(Response response, Callback callback, int status, String reason) {
    json(response, callback, status, errorBody(reason));
  }

  /**
   * Writes the error {@code reason} for a request whose body may be left unread, closing the
   * connection after it: a client must not send its next request on a connection that still carries
   * the rest of this one's body.
   */
  static void refuse(Response response, Callback callback, int status, String reason) {
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    error(response, callback, status, reason);
  }

  /** The JSON of an error. */
  static JsonNode errorBody(String reason) {
    return AttributionJson.MAPPER.createObjectNode().put("error", oneLine(reason));
  }

  /** Writes {@code body}, of {@code contentType}, with {@code status}. */
  static void bytes(
      Response response, Callback callback, int status, String contentType, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType + ";charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static String oneLine(String reason) {
    return reason.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
