package org.attribution.speakers;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attribution.AttributionType;
import org.attribution.SpeakerKind;
import org.attribution.index.Occurrence;
import org.attribution.lexicon.FirstNames;

/**
 * One source of an archive and every attribution to it: who gets quoted, how often, how, by which
 * outlets and when.
 *
 * <pre>{@code
 * for (Speaker s : SpeakerIndex.of(occurrences, false).speakers()) {
 *   System.out.printf("%d× %s (%s), first in %s%n", s.count(), s.name(), s.kind(), s.firstSeen().document());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Speaker {

  /** Most quoted first: most attributions, then most documents, then by id, a total order. */
  public static final Comparator<Speaker> MOST_QUOTED_FIRST =
      Comparator.comparingInt((Speaker s) -> -s.count())
          .thenComparingInt(s -> -s.documents())
          .thenComparing(Speaker::id);

  /** A value (a name, an outlet, a month) and the number of attributions that have it. */
  public record Count(String value, int count) {}

  private static final Comparator<Count> MOST_FIRST =
      Comparator.comparingInt((Count c) -> -c.count())
          .thenComparing(Count::value, Comparator.nullsLast(Comparator.naturalOrder()));

  private final String id;
  private final String name;
  private final Resolution resolution;
  private final List<Count> variants;
  private final Map<AttributionType, Integer> types;
  private final List<Count> outlets;
  private final List<Count> months;
  private final SpeakerGender gender;
  private final int documents;
  private final List<SpeakerOccurrence> occurrences;

  private Speaker(
      String id, Resolution resolution, List<SpeakerOccurrence> occurrences, FirstNames guessFrom) {
    checkArgument(!occurrences.isEmpty(), "a speaker is quoted at least once");
    this.id = id;
    this.resolution = resolution;
    this.occurrences =
        occurrences.stream()
            .sorted(
                Comparator.comparing(SpeakerOccurrence::occurrence, Occurrence.FIRST_SEEN_FIRST))
            .collect(ImmutableList.toImmutableList());
    Map<String, Integer> names = new TreeMap<>();
    // A HashMap, as the outlet may be null.
    Map<String, Integer> byOutlet = new HashMap<>();
    Map<String, Integer> byMonth = new TreeMap<>();
    types = new EnumMap<>(AttributionType.class);
    Set<String> docs = new HashSet<>();
    int[] evidence = new int[3];
    for (SpeakerOccurrence so : this.occurrences) {
      Occurrence o = so.occurrence();
      names.merge(nameUsed(o), 1, Integer::sum);
      byOutlet.merge(o.outlet(), 1, Integer::sum);
      byMonth.merge(SpeakerGrouping.period(o), 1, Integer::sum);
      types.merge(o.type(), 1, Integer::sum);
      docs.add(o.document());
      evidence[0] += (so.gender() & GenderCues.FEMALE) != 0 ? 1 : 0;
      evidence[1] += (so.gender() & GenderCues.MALE) != 0 ? 1 : 0;
      evidence[2] += (so.gender() & GenderCues.THEY) != 0 ? 1 : 0;
    }
    variants = counts(names).stream().sorted(MOST_FIRST).toList();
    outlets = counts(byOutlet).stream().sorted(MOST_FIRST).toList();
    months = counts(byMonth);
    documents = docs.size();
    name = resolution.name() != null ? resolution.name() : variants.get(0).value();
    SpeakerGender stated =
        resolution.kind() == SpeakerKind.PERSON
            ? SpeakerGender.of(evidence[0], evidence[1], evidence[2])
            : null;
    gender = stated != null && guessFrom != null ? stated.orFromFirstName(name, guessFrom) : stated;
  }

  /**
   * The speaker {@code resolution} names, quoted at {@code occurrences}.
   *
   * @param guessFrom the first names to guess a gender from where the texts state none, or null
   */
  static Speaker of(
      String id, Resolution resolution, List<SpeakerOccurrence> occurrences, FirstNames guessFrom) {
    return new Speaker(id, resolution, occurrences, guessFrom);
  }

  /** The name the document gives the source at {@code o}: the speaker's, or the document's. */
  static String nameUsed(Occurrence o) {
    return o.speaker() != null ? o.speaker() : o.source().cited().strip();
  }

  private static List<Count> counts(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  /** A stable name of the speaker: {@code s} and 16 hexadecimal digits. */
  public String id() {
    return id;
  }

  /** The name the archive gives the speaker most. */
  public String name() {
    return name;
  }

  public SpeakerKind kind() {
    return resolution.kind();
  }

  /** True when the archive could not decide whether this is one of {@link #candidates()}. */
  public boolean ambiguous() {
    return resolution.ambiguous();
  }

  /** The ids of the speakers this one may be, where it is ambiguous. */
  public List<String> candidates() {
    return resolution.candidates();
  }

  /** Every name the documents give the speaker, with its number of attributions, most first. */
  public List<Count> variants() {
    return variants;
  }

  public int count() {
    return occurrences.size();
  }

  public int documents() {
    return documents;
  }

  /** The number of attributions of {@code type}. */
  public int count(AttributionType type) {
    return types.getOrDefault(type, 0);
  }

  /** Attributions by outlet (null where none is known), most first. */
  public List<Count> outlets() {
    return outlets;
  }

  /** Attributions by month ({@code yyyy-MM}, or {@code undated}), in order. */
  public List<Count> months() {
    return months;
  }

  /** The gender the texts state for a person; null for any other kind of source. */
  public SpeakerGender gender() {
    return gender;
  }

  /** The earliest occurrence ({@link Occurrence#FIRST_SEEN_FIRST}). */
  public Occurrence firstSeen() {
    return occurrences.get(0).occurrence();
  }

  /** The latest dated occurrence, or the last where none is dated. */
  public Occurrence lastSeen() {
    for (int i = occurrences.size() - 1; i >= 0; i--) {
      if (occurrences.get(i).occurrence().instant().isPresent()) {
        return occurrences.get(i).occurrence();
      }
    }
    return occurrences.get(occurrences.size() - 1).occurrence();
  }

  /** Every occurrence, earliest first. */
  public List<SpeakerOccurrence> occurrences() {
    return occurrences;
  }

  @Override
  public String toString() {
    return count() + "× " + name + " (" + kind() + ", " + variants + ")";
  }
}
