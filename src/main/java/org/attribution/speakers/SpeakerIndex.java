package org.attribution.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.attribution.index.Occurrence;
import org.attribution.index.Quote;
import org.attribution.index.QuoteIndex;

/**
 * Indexes the speakers of an archive: who is quoted, how often, how, by which outlets and when,
 * with the names of one source across documents merged by the rules of {@link SpeakerMerge}, the
 * gender the texts state for each person ({@link SpeakerGender}), and each occurrence's quotation
 * in the quote index of the same occurrences ({@link QuoteIndex}), so that the two indexes join.
 *
 * <pre>{@code
 * List<Occurrence> found = OccurrenceReader.read(List.of(Path.of("out.jsonl.gz")), IndexFields.defaults(), System.err::println).occurrences();
 * SpeakerIndex.Result index = SpeakerIndex.of(found, false);
 * SpeakerJson.write(index.speakers(), writer);
 * }</pre>
 *
 * <p>Stateless and thread-safe; uses the common fork-join pool for its parallel steps.
 */
public final class SpeakerIndex {

  /**
   * The speakers, most quoted first, and the number of occurrences that name no source the index
   * counts (none, or a pronoun the extractor could not resolve).
   */
  public record Result(List<Speaker> speakers, int unnamed) {}

  private SpeakerIndex() {}

  /**
   * The speakers of {@code occurrences}, most quoted first ({@link Speaker#MOST_QUOTED_FIRST}).
   *
   * @param guessGender whether a person the texts state no gender for is given the one their first
   *     name usually has
   */
  public static Result of(List<Occurrence> occurrences, boolean guessGender) {
    Map<Occurrence, String> quotes = new IdentityHashMap<>(occurrences.size());
    for (Quote q : QuoteIndex.of(occurrences)) {
      q.occurrences().forEach(o -> quotes.put(o, q.id()));
    }
    SpeakerGrouping grouping = SpeakerGrouping.bundled();
    NameForm[] forms =
        IntStream.range(0, occurrences.size())
            .parallel()
            .mapToObj(i -> grouping.form(occurrences.get(i)))
            .toArray(NameForm[]::new);
    int[] genders =
        IntStream.range(0, occurrences.size())
            .parallel()
            .map(i -> grouping.gender(occurrences.get(i), forms[i]))
            .toArray();
    List<NameUse> uses = new ArrayList<>();
    for (int i = 0; i < forms.length; i++) {
      if (forms[i] != null) {
        uses.add(SpeakerGrouping.use(occurrences.get(i), forms[i], genders[i]));
      }
    }
    Map<NamePlace, Resolution> resolved = grouping.resolve(uses);
    Map<String, List<SpeakerOccurrence>> bySpeaker = new HashMap<>();
    Map<String, Resolution> resolutions = new HashMap<>();
    int unnamed = 0;
    for (int i = 0; i < forms.length; i++) {
      if (forms[i] == null) {
        unnamed++;
        continue;
      }
      Occurrence o = occurrences.get(i);
      Resolution r = resolved.get(uses.get(i - unnamed).place());
      String id = SpeakerGrouping.speakerId(r, forms[i], o.document());
      resolutions.putIfAbsent(id, r);
      bySpeaker
          .computeIfAbsent(id, k -> new ArrayList<>())
          .add(new SpeakerOccurrence(o, quotes.get(o), genders[i]));
    }
    List<Speaker> speakers =
        bySpeaker.entrySet().parallelStream()
            .map(
                e ->
                    grouping.speaker(
                        e.getKey(), resolutions.get(e.getKey()), e.getValue(), guessGender))
            .sorted(Speaker.MOST_QUOTED_FIRST)
            .toList();
    return new Result(speakers, unnamed);
  }
}
