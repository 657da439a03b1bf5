package org.attribution.speakers;

import java.util.Locale;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.Gender;

/**
 * The gender an archive's texts state for a speaker, with its evidence: how many of the speaker's
 * attributions call them a woman ({@code she}, {@code Ms.}, {@code spokeswoman}), a man, or {@code
 * they} ({@link GenderCues}). {@code female} or {@code male} when the texts state one gender only,
 * {@code mixed} when they state both, {@code unknown} when they state none. It says how the texts
 * refer to a person, not what the person is.
 *
 * <p>Where the user asks for it, a speaker the texts state no gender for is given the gender the
 * bundled first-name list gives their first name ({@code basis} {@code first-name}): a guess.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value {@code female}, {@code male}, {@code mixed} or {@code unknown}
 * @param basis {@code text} when the texts state it, {@code first-name} when guessed from the first
 *     name, {@code none} otherwise
 */
public record SpeakerGender(String value, String basis, int female, int male, int they) {

  /** The gender of a speaker whose attributions gave {@code female}, {@code male}, {@code they}. */
  static SpeakerGender of(int female, int male, int they) {
    String value =
        female > 0 && male > 0 ? "mixed" : female > 0 ? "female" : male > 0 ? "male" : "unknown";
    return new SpeakerGender(value, value.equals("unknown") ? "none" : "text", female, male, they);
  }

  /**
   * This gender, or where the texts state none, the one {@code names} gives the first word of
   * {@code name}.
   */
  SpeakerGender orFromFirstName(String name, FirstNames names) {
    if (!basis.equals("none") || name == null || name.isBlank()) {
      return this;
    }
    Gender g = names.gender(name.strip().split("\\s+")[0]);
    return g == Gender.UNKNOWN
        ? this
        : new SpeakerGender(g.name().toLowerCase(Locale.ROOT), "first-name", female, male, they);
  }
}
