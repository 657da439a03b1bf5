package org.attribution.index;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One distinct quotation of an archive and every place it appears.
 *
 * <pre>{@code
 * for (Quote q : QuoteIndex.of(occurrences)) {
 *   System.out.printf("%d× %s (%s), first in %s%n", q.count(), q.text(), q.speaker(), q.firstSeen().document());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Quote {

  /** Largest first: most occurrences, then most documents, then by id, a total order. */
  public static final Comparator<Quote> LARGEST_FIRST =
      Comparator.comparingInt((Quote q) -> -q.count())
          .thenComparingInt(q -> -q.documents())
          .thenComparing(Quote::id);

  /** A name given as the quotation's speaker, and by how many occurrences. */
  public record SpeakerCount(String name, int count) {}

  private final String id;
  private final String text;
  private final List<SpeakerCount> speakers;
  private final int documents;
  private final List<Occurrence> occurrences;

  private Quote(
      String id,
      String text,
      List<SpeakerCount> speakers,
      int documents,
      List<Occurrence> occurrences) {
    this.id = id;
    this.text = text;
    this.speakers = speakers;
    this.documents = documents;
    this.occurrences = occurrences;
  }

  /**
   * The quotation that {@code occurrences} are renderings of.
   *
   * @param group the number naming the group, the same wherever the grouping ran
   */
  static Quote of(long group, List<Occurrence> occurrences) {
    checkArgument(!occurrences.isEmpty(), "a quotation occurs at least once");
    List<Occurrence> ordered = occurrences.stream().sorted(Occurrence.FIRST_SEEN_FIRST).toList();
    Map<String, Integer> names = new HashMap<>();
    Set<String> documents = new HashSet<>();
    for (Occurrence o : ordered) {
      documents.add(o.document());
      if (o.speaker() != null) {
        names.merge(o.speaker(), 1, Integer::sum);
      }
    }
    List<SpeakerCount> speakers =
        names.entrySet().stream()
            .map(e -> new SpeakerCount(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingInt((SpeakerCount s) -> -s.count())
                    .thenComparing(SpeakerCount::name))
            .toList();
    return new Quote(
        idOf(group),
        fullestText(ordered),
        ImmutableList.copyOf(speakers),
        documents.size(),
        ImmutableList.copyOf(ordered));
  }

  /** The id of the quotation of the group named {@code group}. */
  static String idOf(long group) {
    return String.format(Locale.ROOT, "q%016x", group);
  }

  /** The rendering with the most words, not elided where one is not; the earliest of equals. */
  private static String fullestText(List<Occurrence> ordered) {
    Occurrence best = null;
    int bestRank = -1;
    for (Occurrence o : ordered) {
      QuoteWords words = QuoteWords.of(o.text());
      // Full renderings outrank elided ones whatever their length; then more words, then more
      // characters.
      int rank =
          (words.isElided() ? 0 : 1 << 30)
              + (words.count() << 12)
              + Math.min(o.text().length(), 4095);
      if (rank > bestRank) {
        best = o;
        bestRank = rank;
      }
    }
    return best.text().strip();
  }

  /** A stable name of the quotation: {@code q} and 16 hexadecimal digits. */
  public String id() {
    return id;
  }

  /** The longest full rendering (not elided, where one is not). */
  public String text() {
    return text;
  }

  /** The name most occurrences give as the speaker (alphabetically first of equals), or null. */
  public String speaker() {
    return speakers.isEmpty() ? null : speakers.get(0).name();
  }

  /** Every name given as the speaker with its number of occurrences, most first. */
  public List<SpeakerCount> speakers() {
    return speakers;
  }

  /** The number of occurrences. */
  public int count() {
    return occurrences.size();
  }

  /** The number of distinct documents it occurs in. */
  public int documents() {
    return documents;
  }

  /** The earliest occurrence (see {@link Occurrence#FIRST_SEEN_FIRST}). */
  public Occurrence firstSeen() {
    return occurrences.get(0);
  }

  /** All occurrences, earliest first. */
  public List<Occurrence> occurrences() {
    return occurrences;
  }

  @Override
  public String toString() {
    return count() + "× " + text + " (" + speakers + ")";
  }
}
