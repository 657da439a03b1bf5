package org.attribution.speakers;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attribution.SpeakerKind;

/**
 * Decides which names of an archive are one speaker, by these rules:
 *
 * <ol>
 *   <li>Names are compared without titles, roles, honorifics, accents and case ({@link
 *       PersonName}): {@code Russian President Vladimir Putin} and {@code Vladimir Putin} are one.
 *   <li>Full names of people join when they agree ({@link PersonName#compatible}: {@code John
 *       Smith}, {@code J. Smith}, {@code John A. Smith}); two different full names never join. A
 *       full name that agrees with two speakers that do not agree with each other ({@code J. Smith}
 *       beside {@code John Smith} and {@code Jane Smith}) joins neither and is marked ambiguous.
 *   <li>A surname alone joins the one person of the archive with that surname whose text does not
 *       state another gender; where there are several, the one of them quoted in the same outlet
 *       within a month of it. Otherwise it stays a source of its document alone, ambiguous when
 *       there were several.
 *   <li>Organizations and other named sources join when their names are equal; a document joins its
 *       issuer where one is named ({@link SourceNames}).
 *   <li>Descriptions and documents without a named issuer are sources of their document alone.
 * </ol>
 *
 * <p>The decisions depend on the set of uses alone, never on their order. Stateless and
 * thread-safe.
 */
final class SpeakerMerge {

  private SpeakerMerge() {}

  /** The speaker of each place of {@code uses}. */
  static Map<NamePlace, Resolution> resolve(Collection<NameUse> uses, NameLexicon lexicon) {
    Map<NamePlace, Resolution> out = new HashMap<>();
    // By kind and key, in a fixed order, with every use of the name.
    Map<String, List<NameUse>> names = new TreeMap<>();
    for (NameUse use : uses) {
      NamePlace p = use.place();
      names
          .computeIfAbsent(
              p.kind() + "\u0000" + p.shape() + "\u0000" + p.key(), k -> new ArrayList<>())
          .add(use);
    }
    List<PersonCluster> people = new ArrayList<>();
    List<List<NameUse>> surnames = new ArrayList<>();
    for (List<NameUse> name : names.values()) {
      NamePlace p = name.get(0).place();
      switch (p.shape()) {
        case LOCAL ->
            name.forEach(u -> out.put(u.place(), Resolution.local(p.kind(), false, List.of())));
        case SURNAME -> surnames.add(name);
        case FULL -> {
          if (p.kind() == SpeakerKind.PERSON) {
            people.add(new PersonCluster(name, lexicon));
          } else {
            String display = mostUsed(name);
            Resolution r =
                new Resolution(
                    SpeakerIds.of(p.kind(), p.key()), p.kind(), display, false, List.of());
            name.forEach(u -> out.put(u.place(), r));
          }
        }
      }
    }
    List<PersonCluster> speakers = PersonCluster.cluster(people);
    for (PersonCluster c : speakers) {
      Resolution r = c.resolution();
      c.uses().forEach(u -> out.put(u.place(), r));
    }
    Map<String, List<PersonCluster>> bearers = new HashMap<>();
    for (PersonCluster c : speakers) {
      c.surnames().forEach(s -> bearers.computeIfAbsent(s, k -> new ArrayList<>()).add(c));
    }
    for (List<NameUse> name : surnames) {
      resolveSurname(name, bearers.getOrDefault(name.get(0).place().key(), List.of()), out);
    }
    return out;
  }

  /** Resolves each place of a surname alone among the people who bear it, {@code bearers}. */
  private static void resolveSurname(
      List<NameUse> name, List<PersonCluster> bearers, Map<NamePlace, Resolution> out) {
    Map<NamePlace, long[]> evidence = new HashMap<>();
    for (NameUse u : name) {
      long[] e = evidence.computeIfAbsent(u.place(), p -> new long[2]);
      e[0] += u.female();
      e[1] += u.male();
    }
    evidence.forEach(
        (place, e) -> {
          List<PersonCluster> candidates =
              bearers.stream().filter(c -> !c.contradicts(e[0], e[1])).toList();
          if (candidates.size() > 1) {
            List<PersonCluster> near =
                candidates.stream().filter(c -> c.quotedNear(place)).toList();
            candidates = near.size() == 1 ? near : candidates;
          }
          out.put(
              place,
              candidates.size() == 1
                  ? candidates.get(0).resolution()
                  : Resolution.local(
                      SpeakerKind.PERSON,
                      candidates.size() > 1,
                      candidates.stream().map(PersonCluster::id).sorted().toList()));
        });
  }

  /** The display most uses write, the alphabetically first of equals. */
  static String mostUsed(List<NameUse> uses) {
    Map<String, Long> counts = new TreeMap<>();
    uses.forEach(u -> counts.merge(u.display(), u.count(), Long::sum));
    return counts.entrySet().stream()
        .max(
            Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }

  /** True when two months are at most one apart; undated only with undated. */
  static boolean near(String period, String other) {
    if (period.equals(other)) {
      return true;
    }
    if (period.equals(SpeakerGrouping.UNDATED) || other.equals(SpeakerGrouping.UNDATED)) {
      return false;
    }
    YearMonth a = YearMonth.parse(period);
    YearMonth b = YearMonth.parse(other);
    return !a.plusMonths(1).isBefore(b) && !b.plusMonths(1).isBefore(a);
  }
}
