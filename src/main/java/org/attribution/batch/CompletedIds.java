package org.attribution.batch;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids of documents already complete in an output, for {@code --resume}. Ids are kept as sorted
 * 64-bit hashes, 8 bytes each, so that an output of millions of documents is indexed in a few
 * megabytes; two distinct ids collide with negligible probability (about n²/2⁶⁵).
 *
 * <p>Immutable and thread-safe.
 */
public final class CompletedIds {

  private static final HashFunction HASH = Hashing.murmur3_128();
  private static final CompletedIds NONE = new CompletedIds(new long[0]);

  private final long[] sorted;

  private CompletedIds(long[] sorted) {
    this.sorted = sorted;
  }

  /** No document is complete: a fresh run. */
  public static CompletedIds none() {
    return NONE;
  }

  /** The set of the given hashes, which it takes over. */
  static CompletedIds ofHashes(long[] hashes, int count) {
    long[] sorted = Arrays.copyOf(hashes, count);
    Arrays.sort(sorted);
    return new CompletedIds(sorted);
  }

  static long hash(String id) {
    return HASH.hashString(id, StandardCharsets.UTF_8).asLong();
  }

  public boolean contains(String id) {
    return Arrays.binarySearch(sorted, hash(id)) >= 0;
  }

  public int size() {
    return sorted.length;
  }
}
