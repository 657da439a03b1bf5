package org.attribution.serve;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to the handler of its exact path and method; an unknown path gets {@code 404}
 * and a known path asked with another method {@code 405}, both with a one-line reason. Paths are
 * fixed: nothing in a request names a file or a handler.
 *
 * <pre>{@code
 * Router router = new Router().add(HttpMethod.GET, "/health", health);
 * }</pre>
 *
 * <p>Configure before the server starts; thread-safe once it has.
 */
final class Router extends Handler.Abstract {

  private final Map<String, Map<HttpMethod, Request.Handler>> routes = new LinkedHashMap<>();

  /** Routes {@code method} requests for {@code path} to {@code handler}. */
  Router add(HttpMethod method, String path, Request.Handler handler) {
    requireNonNull(handler, "handler");
    routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, handler);
    return this;
  }

  /** The paths served, with the methods of each, in the order they were added. */
  Map<String, Set<HttpMethod>> paths() {
    Map<String, Set<HttpMethod>> paths = new LinkedHashMap<>();
    routes.forEach(
        (path, methods) -> paths.put(path, Collections.unmodifiableSet(methods.keySet())));
    return Collections.unmodifiableMap(paths);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    Map<HttpMethod, Request.Handler> methods = routes.get(path);
    if (methods == null) {
      Responses.error(response, callback, HttpStatus.NOT_FOUND_404, "no such path: " + path);
      return true;
    }
    HttpMethod method = HttpMethod.fromString(request.getMethod());
    Request.Handler handler = method == null ? null : methods.get(method);
    if (handler == null) {
      List<String> allowed = methods.keySet().stream().map(Enum::name).toList();
      response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
      Responses.error(
          response,
          callback,
          HttpStatus.METHOD_NOT_ALLOWED_405,
          path + " takes " + String.join(" or ", allowed) + ", not " + request.getMethod());
      return true;
    }
    return handler.handle(request, response, callback);
  }
}
