package org.attribution.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.attribution.SpeakerKind;

/**
 * The full names of one person across an archive, as {@link SpeakerMerge} joins them: each name
 * agrees with every other ({@link PersonName#compatible}) and the texts state no two genders for
 * them. A name that would join two clusters joins neither and is a cluster of its own, marked
 * ambiguous.
 *
 * <p>Not thread-safe: built by one thread, then only read.
 */
final class PersonCluster {

  /** One full name and its uses. */
  private record Member(PersonName name, List<NameUse> uses, long count) {}

  private final List<Member> members = new ArrayList<>();
  private final List<PersonCluster> candidates = new ArrayList<>();
  private final Set<String> surnames = new LinkedHashSet<>();
  private final NameLexicon lexicon;
  private long female;
  private long male;

  /** The cluster of one full name, written in the ways {@code uses} give. */
  PersonCluster(List<NameUse> uses, NameLexicon lexicon) {
    this.lexicon = lexicon;
    PersonName name = PersonName.parse(SpeakerMerge.mostUsed(uses), lexicon);
    add(new Member(name, uses, uses.stream().mapToLong(NameUse::count).sum()));
  }

  /**
   * Joins the clusters of single full names {@code names} into people, name by name from the most
   * written out, so that {@code John Smith} and {@code Jane Smith} are placed before {@code J.
   * Smith} is.
   */
  static List<PersonCluster> cluster(List<PersonCluster> names) {
    Map<String, List<PersonCluster>> bySurname = new TreeMap<>();
    for (PersonCluster n : names) {
      bySurname.computeIfAbsent(n.first().name().surname(), s -> new ArrayList<>()).add(n);
    }
    List<PersonCluster> out = new ArrayList<>();
    for (List<PersonCluster> group : bySurname.values()) {
      List<PersonCluster> clusters = new ArrayList<>();
      group.sort(
          Comparator.comparingInt((PersonCluster n) -> -n.first().name().writtenOut())
              .thenComparingInt(n -> -n.first().name().givenCount())
              .thenComparingLong(n -> -n.first().count())
              .thenComparing(n -> n.first().name().key()));
      for (PersonCluster n : group) {
        List<PersonCluster> agreeing =
            clusters.stream().filter(c -> c.candidates.isEmpty() && c.accepts(n)).toList();
        if (agreeing.size() == 1) {
          agreeing.get(0).add(n.first());
        } else {
          n.candidates.addAll(agreeing);
          clusters.add(n);
        }
      }
      out.addAll(clusters);
    }
    return out;
  }

  private Member first() {
    return members.get(0);
  }

  private void add(Member m) {
    members.add(m);
    surnames.addAll(m.name().surnames(lexicon));
    for (NameUse u : m.uses()) {
      female += u.female();
      male += u.male();
    }
  }

  private boolean accepts(PersonCluster other) {
    PersonName name = other.first().name();
    return !contradicts(other.female, other.male)
        && members.stream().allMatch(m -> m.name().compatible(name));
  }

  /**
   * True when evidence of {@code female} and {@code male} uses states one gender and this cluster's
   * the other.
   */
  boolean contradicts(long otherFemale, long otherMale) {
    boolean sheHere = female > 0 && male == 0;
    boolean heHere = male > 0 && female == 0;
    return (sheHere && otherMale > 0 && otherFemale == 0)
        || (heHere && otherFemale > 0 && otherMale == 0);
  }

  /** The words a surname alone may name this person by. */
  Set<String> surnames() {
    return surnames;
  }

  /** True when this person is quoted in {@code place}'s outlet within a month of it. */
  boolean quotedNear(NamePlace place) {
    return members.stream()
        .flatMap(m -> m.uses().stream())
        .anyMatch(
            u ->
                Objects.equals(u.place().outlet(), place.outlet())
                    && SpeakerMerge.near(u.place().period(), place.period()));
  }

  /** The name that names the cluster: the most used, then the most written out. */
  private Member named() {
    return members.stream()
        .min(
            Comparator.comparingLong((Member m) -> -m.count())
                .thenComparingInt(m -> -m.name().writtenOut())
                .thenComparingInt(m -> -m.name().givenCount())
                .thenComparing(m -> m.name().key()))
        .orElseThrow();
  }

  String id() {
    return SpeakerIds.of(SpeakerKind.PERSON, named().name().key());
  }

  List<NameUse> uses() {
    return members.stream().flatMap(m -> m.uses().stream()).toList();
  }

  Resolution resolution() {
    return new Resolution(
        id(),
        SpeakerKind.PERSON,
        SpeakerMerge.mostUsed(named().uses()),
        !candidates.isEmpty(),
        candidates.stream().map(PersonCluster::id).sorted().toList());
  }
}
