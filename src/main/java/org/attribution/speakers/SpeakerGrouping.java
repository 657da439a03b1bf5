package org.attribution.speakers;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribution.index.Occurrence;
import org.attribution.lexicon.FirstNames;

/**
 * The steps of {@link SpeakerIndex}, for an implementation that distributes them (the Spark job in
 * {@code org.attribution.spark}), so that it finds exactly the speakers the command line does: the
 * name each occurrence gives its source and the gender its text states there (on the executors),
 * the uses of each name by outlet and month, the merge of those uses (on the driver: they are few
 * beside the occurrences), each occurrence's speaker id, and the speaker its occurrences make.
 *
 * <pre>{@code
 * SpeakerGrouping grouping = SpeakerGrouping.bundled();
 * NameForm form = grouping.form(occurrence);   // null: no source to count
 * }</pre>
 *
 * <p>Thread-safe; {@link #bundled()} is one instance per JVM, which reads each distinct name once.
 */
public final class SpeakerGrouping {

  /** The period of an occurrence without a date. */
  public static final String UNDATED = "undated";

  private static final SpeakerGrouping BUNDLED = new SpeakerGrouping();

  private final SourceNames names = new SourceNames();
  private final NameLexicon lexicon = NameLexicon.bundled();

  private SpeakerGrouping() {}

  /** The grouping with the bundled word lists. */
  public static SpeakerGrouping bundled() {
    return BUNDLED;
  }

  /** The name {@code o} gives its source, or null when it names none the index counts. */
  public NameForm form(Occurrence o) {
    return names.of(o);
  }

  /** The evidence ({@link GenderCues} bits) {@code o}'s text gives for its speaker's gender. */
  public int gender(Occurrence o, NameForm form) {
    return GenderCues.of(o, form, lexicon);
  }

  /** The month of {@code o}, {@code yyyy-MM} in UTC, or {@link #UNDATED}. */
  public static String period(Occurrence o) {
    return o.instant()
        .map(i -> YearMonth.from(i.atOffset(ZoneOffset.UTC)).toString())
        .orElse(UNDATED);
  }

  /** The use of {@code form} that {@code o} makes, with its gender evidence. */
  public static NameUse use(Occurrence o, NameForm form, int gender) {
    return new NameUse(
        NamePlace.of(form, o.outlet(), period(o)),
        form.display(),
        1,
        (gender & GenderCues.FEMALE) != 0 ? 1 : 0,
        (gender & GenderCues.MALE) != 0 ? 1 : 0);
  }

  /**
   * The speaker of each place of {@code uses} ({@link SpeakerMerge}); uses of the same name written
   * the same way in the same place may come apart or summed.
   */
  public Map<NamePlace, Resolution> resolve(Collection<NameUse> uses) {
    Map<List<Object>, NameUse> summed = new LinkedHashMap<>();
    for (NameUse u : uses) {
      summed.merge(List.of(u.place(), u.display()), u, NameUse::plus);
    }
    return SpeakerMerge.resolve(summed.values(), lexicon);
  }

  /** The id of the speaker {@code r} names for {@code form} in {@code document}. */
  public static String speakerId(Resolution r, NameForm form, String document) {
    return r.id() != null ? r.id() : SpeakerIds.local(form.kind(), form.key(), document);
  }

  /**
   * The speaker {@code r} names, of id {@code id}, quoted at {@code occurrences}; its gender
   * guessed from its first name where the texts state none and {@code guessGender}.
   */
  public Speaker speaker(
      String id, Resolution r, List<SpeakerOccurrence> occurrences, boolean guessGender) {
    return Speaker.of(id, r, occurrences, guessGender ? lexicon.firstNames : null);
  }

  /** The first names a gender is guessed from. */
  FirstNames firstNames() {
    return lexicon.firstNames;
  }
}
