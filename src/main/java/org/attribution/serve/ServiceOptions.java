package org.attribution.serve;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import org.attribution.Profile;
import org.attribution.batch.BatchOptions;

/**
 * How a service runs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param host the address to listen on; a loopback one keeps the service to this machine
 * @param port the port to listen on; 0 takes a free one
 * @param profiles the profiles loaded, the first the default; never empty, no repeats
 * @param threads documents extracted at once, for all requests together
 * @param queue requests that may wait for a free thread; more get {@code 503}
 * @param maxBodyBytes the largest body of a single document, text or JSON; larger get {@code 413}
 * @param maxChars the longest text extracted; longer get {@code 413}, or an error record in a
 *     stream
 * @param docTimeout the longest one document may take; {@link Duration#ZERO} for no limit
 * @param allowOrigins the web origins whose pages may call the service (CORS); none by default
 * @param version what {@code GET /version} names the software
 */
public record ServiceOptions(
    String host,
    int port,
    List<Profile> profiles,
    int threads,
    int queue,
    long maxBodyBytes,
    int maxChars,
    Duration docTimeout,
    List<String> allowOrigins,
    String version) {

  public ServiceOptions {
    requireNonNull(host, "host");
    checkArgument(port >= 0 && port <= 65535, "port must be from 0 to 65535, not %s", port);
    profiles = List.copyOf(profiles);
    checkArgument(!profiles.isEmpty(), "at least one profile must be loaded");
    checkArgument(
        profiles.stream().distinct().count() == profiles.size(),
        "each profile may be named once, not %s",
        profiles);
    checkArgument(threads >= 1, "threads must be at least 1, not %s", threads);
    checkArgument(queue >= 0, "queue must not be negative, not %s", queue);
    checkArgument(maxBodyBytes >= 1, "body limit must be at least 1 byte, not %s", maxBodyBytes);
    BatchOptions.checkDocumentLimits(maxChars, docTimeout);
    allowOrigins = List.copyOf(allowOrigins);
    requireNonNull(version, "version");
  }
}
