package org.attribution.serve;

import java.io.IOException;
import java.util.Map;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.batch.DocumentResult;
import org.attribution.io.SourceRecord;
import org.attribution.report.ArticleView;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /view}: the page's call. A text ({@code text/plain}) gets the report's data for it
 * ({@link ArticleView#data}): its segments and attributions, which the page renders as the report
 * does; a document that fails or runs out of time gets its error message with status 500 or 504.
 *
 * <p>Thread-safe.
 */
final class ViewRoute extends ExtractionRoute {

  private final ProfilePools pools;
  private final long maxBodyBytes;

  ViewRoute(ProfilePools pools, long maxBodyBytes) {
    this.pools = pools;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  void respond(Request request, Response response, Callback callback)
      throws BadRequest, IOException, InterruptedException {
    Profile profile = pools.profile(RequestReading.parameter(request, "profile"));
    String type = RequestReading.mediaType(request);
    if (!RequestReading.isText(type)) {
      throw new BadRequest(
          HttpStatus.BAD_REQUEST_400,
          "Content-Type must be "
              + RequestReading.TEXT
              + ", not "
              + (type.isEmpty() ? "missing" : type));
    }
    String text = RequestReading.text(request, maxBodyBytes);
    DocumentResult result =
        pools.extract(
            profile,
            new SourceRecord.Article(Document.of(RequestReading.DEFAULT_ID, text), Map.of()));
    if (result.error().isPresent()) {
      Responses.error(response, callback, statusOf(result), result.error().get().message());
      return;
    }
    Responses.json(
        response,
        callback,
        HttpStatus.OK_200,
        ArticleView.data(result.id(), text, result.attributions()));
  }
}
