package org.attribution.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import org.attribution.io.JsonFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * Reads what a request asks: its media type, its query parameters ({@code profile}, {@code id}, and
 * {@code id-field}, {@code text-field} and {@code keep-fields} as {@code extract} takes them) and a
 * body of bounded size.
 *
 * <p>Stateless and thread-safe.
 */
final class RequestReading {

  /** The id a plain text gets when the request names none. */
  static final String DEFAULT_ID = "text";

  static final String TEXT = "text/plain";
  static final String FORM = "application/x-www-form-urlencoded";

  /** A body over the limit is still read, and thrown away, up to this many times the limit... */
  private static final long DRAIN_FACTOR = 16;

  /** ...and never more than this many bytes. */
  private static final long MAX_DRAIN_BYTES = 64L << 20;

  private RequestReading() {}

  /**
   * Whether the body is to be read as plain text: {@code text/plain}, no type at all, or the form
   * type that curl's {@code --data-binary} and many other clients send unless told otherwise (the
   * body is not parsed as a form).
   */
  static boolean isText(String mediaType) {
    return mediaType.equals(TEXT) || mediaType.isEmpty() || mediaType.equals(FORM);
  }

  /** The request's media type, lower case, without parameters; empty when it has none. */
  static String mediaType(Request request) {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The query parameter {@code name}, or null. */
  static String parameter(Request request, String name) {
    Fields.Field field = Request.extractQueryParameters(request).get(name);
    return field == null ? null : field.getValue();
  }

  /** The fields a JSON document holds its id and text in, and those to keep, as asked. */
  static JsonFields fields(Request request) throws BadRequest {
    String idField = parameter(request, "id-field");
    String textField = parameter(request, "text-field");
    String keep = parameter(request, "keep-fields");
    try {
      return new JsonFields(
          idField == null ? "id" : idField,
          textField == null ? "text" : textField,
          keep == null || keep.isBlank() ? List.of() : List.of(keep.split(",")));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(HttpStatus.BAD_REQUEST_400, e.getMessage());
    }
  }

  /**
   * The whole body as text, in the charset of its content type (UTF-8 when it names none).
   *
   * @throws BadRequest (413) when the body has more than {@code maxBytes} bytes, found from its
   *     length before it is read when the client gave one
   */
  static String text(Request request, long maxBytes) throws BadRequest, IOException {
    Charset charset = charset(request);
    long declared = request.getLength();
    if (declared > maxBytes) {
      if (!expectsContinue(request)) {
        try (InputStream in = Content.Source.asInputStream(request)) {
          discardUpTo(in, drainLimit(maxBytes));
        }
      }
      throw tooLarge(declared, maxBytes);
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (body.length > maxBytes) {
        discardUpTo(in, drainLimit(maxBytes));
        throw tooLarge(-1, maxBytes);
      }
      return new String(body, charset);
    }
  }

  /**
   * How much of a body over the limit is still read, and thrown away, before the 413 goes out. A
   * client that is still sending when the server closes the connection gets a reset that can wipe
   * the answer from its buffer, so the answer naming the limit would be lost; a body far over the
   * limit is not worth reading to avoid that.
   */
  private static long drainLimit(long maxBytes) {
    return Math.min(DRAIN_FACTOR * maxBytes, MAX_DRAIN_BYTES);
  }

  /** A client that waits for {@code 100 Continue} has sent no body yet: nothing to read. */
  private static boolean expectsContinue(Request request) {
    return request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
  }

  private static void discardUpTo(InputStream in, long limit) throws IOException {
    long left = limit;
    byte[] buffer = new byte[8192];
    int read;
    while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= read;
    }
  }

  private static Charset charset(Request request) throws BadRequest {
    try {
      Charset charset = Request.getCharset(request);
      return charset == null ? StandardCharsets.UTF_8 : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new BadRequest(
          HttpStatus.BAD_REQUEST_400, "unknown charset in Content-Type: " + e.getMessage());
    }
  }

  private static BadRequest tooLarge(long bytes, long maxBytes) {
    String size =
        bytes < 0
            ? String.format(Locale.ROOT, "body is longer than the limit of %,d bytes", maxBytes)
            : String.format(
                Locale.ROOT, "body has %,d bytes, more than the limit of %,d", bytes, maxBytes);
    return new BadRequest(
        HttpStatus.PAYLOAD_TOO_LARGE_413,
        size + "; send a long series of documents as application/x-ndjson");
  }
}
