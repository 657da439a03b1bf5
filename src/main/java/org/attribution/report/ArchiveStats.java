package org.attribution.report;

import com.google.common.collect.EnumMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import com.google.common.collect.TreeMultiset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.SpeakerKind;

/**
 * Counts over a whole archive: who is quoted most, how attributions split between direct, indirect
 * and mixed, which cues are most frequent, and how many attributions articles have.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unattributed attributions with neither a speaker nor a document
 * @param errors articles whose output could not be read or that the extractor failed on
 * @param speakers sources by number of attributions, most quoted first, ties by name
 * @param cues cues in lower case, most frequent first, ties alphabetical
 * @param perArticle how many articles have each number of attributions
 */
record ArchiveStats(
    int articles,
    int attributions,
    int unattributed,
    int errors,
    List<SpeakerCount> speakers,
    ImmutableMultiset<AttributionType> types,
    ImmutableMultiset<String> cues,
    ImmutableMultiset<Integer> perArticle) {

  ArchiveStats {
    speakers = List.copyOf(speakers);
  }

  /** One source with its number of attributions and its most frequent kind. */
  record SpeakerCount(String name, Optional<SpeakerKind> kind, int count) {}

  static ArchiveStats of(List<ReportArticle> archive) {
    Multiset<String> speakers = TreeMultiset.create();
    Map<String, Multiset<SpeakerKind>> kinds = new HashMap<>();
    Multiset<AttributionType> types = EnumMultiset.create(AttributionType.class);
    Multiset<String> cues = TreeMultiset.create();
    Multiset<Integer> perArticle = TreeMultiset.create();
    int attributions = 0;
    int unattributed = 0;
    int errors = 0;
    for (ReportArticle article : archive) {
      errors += article.error() == null ? 0 : 1;
      perArticle.add(article.attributions().size());
      for (Attribution a : article.attributions()) {
        attributions++;
        types.add(a.type());
        if (a.cue() != null) {
          cues.add(a.cue().toLowerCase(Locale.ROOT));
        }
        Optional<String> name = Speakers.name(a);
        if (name.isEmpty()) {
          unattributed++;
          continue;
        }
        speakers.add(name.get());
        Speakers.kind(a)
            .ifPresent(
                k ->
                    kinds
                        .computeIfAbsent(name.get(), n -> EnumMultiset.create(SpeakerKind.class))
                        .add(k));
      }
    }
    ImmutableList<SpeakerCount> ranked =
        Multisets.copyHighestCountFirst(speakers).entrySet().stream()
            .map(
                e ->
                    new SpeakerCount(
                        e.getElement(), mostFrequent(kinds.get(e.getElement())), e.getCount()))
            .collect(ImmutableList.toImmutableList());
    return new ArchiveStats(
        archive.size(),
        attributions,
        unattributed,
        errors,
        ranked,
        ImmutableMultiset.copyOf(types),
        Multisets.copyHighestCountFirst(cues),
        ImmutableMultiset.copyOf(perArticle));
  }

  private static Optional<SpeakerKind> mostFrequent(Multiset<SpeakerKind> kinds) {
    return kinds == null
        ? Optional.empty()
        : Optional.of(Multisets.copyHighestCountFirst(kinds).iterator().next());
  }
}
