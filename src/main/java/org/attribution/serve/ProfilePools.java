package org.attribution.serve;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.Profile;
import org.attribution.batch.DocumentResult;
import org.attribution.batch.ExtractionPool;
import org.attribution.io.SourceRecord;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The warm extractors of a service, one {@link ExtractionPool} per profile loaded: each document
 * runs on a worker under the document time limit, which the pool enforces as it does for a batch.
 *
 * <p>Thread-safe.
 */
final class ProfilePools implements AutoCloseable {

  private final Map<Profile, ExtractionPool> pools = new LinkedHashMap<>();
  private final Profile defaultProfile;
  private final int maxChars;

  /**
   * Starts {@code threads} workers for each of {@code extractions}, the first the default, each
   * document for at most {@code timeout}, none longer than {@code maxChars}.
   */
  ProfilePools(
      Map<Profile, Function<Document, List<Attribution>>> extractions,
      int threads,
      Duration timeout,
      int maxChars) {
    extractions.forEach(
        (profile, extraction) ->
            pools.put(profile, new ExtractionPool(threads, timeout, extraction)));
    this.defaultProfile = extractions.keySet().iterator().next();
    this.maxChars = maxChars;
  }

  /** The profile named {@code name} (any case), or the default one when {@code name} is null. */
  Profile profile(String name) throws BadRequest {
    if (name == null) {
      return defaultProfile;
    }
    for (Profile profile : pools.keySet()) {
      if (profile.name().equalsIgnoreCase(name)) {
        return profile;
      }
    }
    throw new BadRequest(
        HttpStatus.BAD_REQUEST_400,
        "profile " + name + " is not loaded; this service has " + pools.keySet());
  }

  /** The pool of {@code profile}, which must be loaded. */
  ExtractionPool pool(Profile profile) {
    return pools.get(profile);
  }

  /**
   * Extracts {@code article} with {@code profile} and waits for the result, which is an error
   * record when the extraction failed or ran out of time.
   *
   * @throws BadRequest (413) when the text is longer than the service takes
   * @throws InterruptedException when the waiting thread is interrupted
   */
  DocumentResult extract(Profile profile, SourceRecord.Article article)
      throws BadRequest, InterruptedException {
    int length = article.document().text().length();
    if (length > maxChars) {
      throw new BadRequest(
          HttpStatus.PAYLOAD_TOO_LARGE_413,
          String.format(
              Locale.ROOT,
              "text has %,d characters, more than the limit of %,d",
              length,
              maxChars));
    }
    try {
      return pool(profile).submit(article).get();
    } catch (ExecutionException e) {
      // The pool turns every failure into an error record; a failed future would be a bug in it.
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pools.values().forEach(ExtractionPool::close);
  }
}
