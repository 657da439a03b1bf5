package org.attribution.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.attribution.io.AttributionJson;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself (a malformed request, a failure no route caught, a request
 * that comes while the service stops) as the routes answer theirs: {@code {"error": "..."}} with
 * the status's own reason, never an exception's message or stack trace.
 *
 * <p>Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, BusyQueue.RETRY_AFTER_SECONDS);
    }
    Responses.error(response, callback, status, reason(status));
    return true;
  }

  // Jetty 12.1 still calls this for a request it cannot parse, though it marks it for removal:
  // overriding it is the only way to keep that answer's body JSON.
  @SuppressWarnings("removal")
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Responses.JSON + ";charset=utf-8"));
    return ByteBuffer.wrap(
        AttributionJson.MAPPER
            .writeValueAsString(Responses.errorBody(reason(status)))
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String reason(int status) {
    String reason = HttpStatus.getMessage(status);
    return reason == null ? "error " + status : reason;
  }
}
