package org.attribution.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.batch.BatchOptions;
import org.attribution.batch.BatchRunner;
import org.attribution.batch.CompletedIds;
import org.attribution.batch.DocumentResult;
import org.attribution.batch.JsonLinesSink;
import org.attribution.batch.OutputFile;
import org.attribution.batch.Progress;
import org.attribution.io.JsonFields;
import org.attribution.io.JsonLinesSource;
import org.attribution.io.SourceRecord;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /extract}: a text ({@code text/plain}, or no type or the form type as clients send by
 * default: see {@link RequestReading#isText}) or a document ({@code application/json}, an object as
 * a line of JSON Lines input holds it) gets the line {@code extract} writes for it; JSON Lines
 * ({@code application/x-ndjson}) get one such line per input line, streamed in input order as
 * documents finish, through the batch's own {@link BatchRunner}, so that a stream of any length
 * holds a bounded number of documents in memory.
 *
 * <p>A document that fails or runs out of time is answered with its error record and status 500 or
 * 504; in a stream, its error record takes its line and the stream goes on.
 *
 * <p>Thread-safe.
 */
final class ExtractRoute extends ExtractionRoute {

  static final String NDJSON = "application/x-ndjson";

  private final ProfilePools pools;
  private final ServiceOptions options;

  ExtractRoute(ProfilePools pools, ServiceOptions options) {
    this.pools = pools;
    this.options = options;
  }

  @Override
  void respond(Request request, Response response, Callback callback)
      throws BadRequest, IOException, InterruptedException {
    Profile profile = pools.profile(RequestReading.parameter(request, "profile"));
    JsonFields fields = RequestReading.fields(request);
    String type = RequestReading.mediaType(request);
    if (RequestReading.isText(type)) {
      type = RequestReading.TEXT;
    }
    switch (type) {
      case RequestReading.TEXT -> {
        String id = RequestReading.parameter(request, "id");
        String text = RequestReading.text(request, options.maxBodyBytes());
        answer(
            response,
            callback,
            profile,
            new SourceRecord.Article(
                Document.of(id == null ? RequestReading.DEFAULT_ID : id, text), Map.of()));
      }
      case Responses.JSON -> {
        SourceRecord record =
            JsonLinesSource.parse(
                RequestReading.text(request, options.maxBodyBytes()), fields, "the body");
        if (record instanceof SourceRecord.Unreadable unreadable) {
          throw new BadRequest(HttpStatus.BAD_REQUEST_400, unreadable.message());
        }
        answer(response, callback, profile, (SourceRecord.Article) record);
      }
      case NDJSON -> stream(request, response, callback, profile, fields);
      default ->
          throw new BadRequest(
              HttpStatus.BAD_REQUEST_400,
              "Content-Type must be "
                  + RequestReading.TEXT
                  + ", "
                  + Responses.JSON
                  + " or "
                  + NDJSON
                  + ", not "
                  + (type.isEmpty() ? "missing" : type));
    }
  }

  private void answer(
      Response response, Callback callback, Profile profile, SourceRecord.Article article)
      throws BadRequest, InterruptedException {
    DocumentResult result = pools.extract(profile, article);
    Responses.json(
        response,
        callback,
        statusOf(result),
        JsonLinesSink.toJson(
            result.id(), result.keptFields(), result.attributions(), result.error()));
  }

  private void stream(
      Request request, Response response, Callback callback, Profile profile, JsonFields fields)
      throws IOException {
    BatchRunner runner =
        new BatchRunner(
            new BatchOptions(options.threads(), options.maxChars(), options.docTimeout(), true),
            pools.pool(profile),
            Progress.silent());
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, NDJSON + ";charset=utf-8");
    try (InputStream in = Content.Source.asInputStream(request);
        JsonLinesSource source = JsonLinesSource.open("body", in, fields);
        OutputStream out = Content.Sink.asOutputStream(response);
        JsonLinesSink sink = new JsonLinesSink(OutputFile.of("response", out))) {
      runner.run(source, sink, CompletedIds.none());
    }
    callback.succeeded();
  }
}
