package org.attribution.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Groups the occurrences of quotations across an archive into distinct quotations, largest first.
 * Two occurrences are one quotation when their texts are equal after normalising case, punctuation,
 * quote marks and spacing ({@link QuoteWords}), or when one is a fragment of the other ({@link
 * FragmentRule}: at least six words, cut short or elided), and so on transitively. Short phrases
 * (fewer than four words, such as {@code no comment}) are one quotation only when the same speaker
 * says them.
 *
 * <pre>{@code
 * List<Occurrence> found = OccurrenceReader.read(List.of(Path.of("out.jsonl.gz")), IndexFields.defaults()).occurrences();
 * List<Quote> quotes = QuoteIndex.of(found);
 * }</pre>
 *
 * <p>No pair of texts is compared unless they share a shingle ({@link FragmentLinks}), so the work
 * grows with the archive, not with its square. Stateless and thread-safe; uses the common fork-join
 * pool for its parallel steps.
 */
public final class QuoteIndex {

  /** Occurrences normalised at once: bounds the memory of renderings that turn out to repeat. */
  private static final int CHUNK = 1 << 16;

  private QuoteIndex() {}

  /**
   * The distinct quotations of {@code occurrences}, largest first ({@link Quote#LARGEST_FIRST}).
   */
  public static List<Quote> of(List<Occurrence> occurrences) {
    Map<Long, Integer> nodeNumbers = new HashMap<>();
    List<QuoteWords> nodes = new ArrayList<>();
    List<Long> nodeIds = new ArrayList<>();
    int[] nodeOf = new int[occurrences.size()];
    for (int start = 0; start < occurrences.size(); start += CHUNK) {
      int from = start;
      QuoteWords[] words =
          IntStream.range(from, Math.min(occurrences.size(), from + CHUNK))
              .parallel()
              .mapToObj(i -> QuoteWords.of(occurrences.get(i).text()))
              .toArray(QuoteWords[]::new);
      for (int k = 0; k < words.length; k++) {
        long id = words[k].node(occurrences.get(from + k).speaker());
        int number = nodeNumbers.computeIfAbsent(id, x -> nodes.size());
        if (number == nodes.size()) {
          nodes.add(words[k]);
          nodeIds.add(id);
        }
        nodeOf[from + k] = number;
      }
    }
    DisjointSets sets = new DisjointSets(nodes.size());
    for (long pair : FragmentLinks.find(nodes)) {
      sets.union((int) (pair >>> 32), (int) pair);
    }
    return quotes(occurrences, nodeOf, nodeIds, sets);
  }

  private static List<Quote> quotes(
      List<Occurrence> occurrences, int[] nodeOf, List<Long> nodeIds, DisjointSets sets) {
    // A group is named by the least node id in it, which does not depend on where it was computed.
    long[] groupId = new long[nodeIds.size()];
    Arrays.fill(groupId, Long.MAX_VALUE);
    for (int node = 0; node < nodeIds.size(); node++) {
      int root = sets.find(node);
      groupId[root] = Math.min(groupId[root], nodeIds.get(node));
    }
    Map<Integer, List<Occurrence>> byRoot = new HashMap<>();
    for (int i = 0; i < nodeOf.length; i++) {
      byRoot.computeIfAbsent(sets.find(nodeOf[i]), r -> new ArrayList<>()).add(occurrences.get(i));
    }
    return byRoot.entrySet().parallelStream()
        .map(e -> Quote.of(groupId[e.getKey()], e.getValue()))
        .sorted(Quote.LARGEST_FIRST)
        .toList();
  }
}
