package org.attribution.batch;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The output records already complete from an earlier run, for {@code --resume}, counted per id so
 * that an id the input repeats is passed over only as often as the output holds it. Ids are kept as
 * sorted 64-bit hashes, 8 bytes each, so that an output of millions of documents is indexed in a
 * few megabytes; two distinct ids collide with negligible probability (about n²/2⁶⁵).
 *
 * <p>Not thread-safe: {@link #claim} changes it.
 */
public final class CompletedIds {

  private static final HashFunction HASH = Hashing.murmur3_128();

  private final long[] sorted;
  private final BitSet claimed;

  private CompletedIds(long[] sorted) {
    this.sorted = sorted;
    this.claimed = new BitSet(sorted.length);
  }

  /** No document is complete: a fresh run. */
  public static CompletedIds none() {
    return new CompletedIds(new long[0]);
  }

  /** The records of the first {@code count} hashes. */
  static CompletedIds ofHashes(long[] hashes, int count) {
    long[] sorted = Arrays.copyOf(hashes, count);
    Arrays.sort(sorted);
    return new CompletedIds(sorted);
  }

  static long hash(String id) {
    return HASH.hashString(id, StandardCharsets.UTF_8).asLong();
  }

  /**
   * Whether an output record of {@code id} is not yet matched to an input document; if so, matches
   * it to this one.
   */
  public boolean claim(String id) {
    long hash = hash(id);
    int i = Arrays.binarySearch(sorted, hash);
    if (i < 0) {
      return false;
    }
    while (i > 0 && sorted[i - 1] == hash) {
      i--;
    }
    for (; i < sorted.length && sorted[i] == hash; i++) {
      if (!claimed.get(i)) {
        claimed.set(i);
        return true;
      }
    }
    return false;
  }

  /** Number of complete records. */
  public int size() {
    return sorted.length;
  }
}
