package org.attribution.annotate.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attribution.annotation.Mention;
import org.attribution.internal.ParsedSentence;

/**
 * The speakers a coordinated speaker mention names, read from its words so that every profile, with
 * a parse or without, reads it alike: {@code Russian President Vladimir Putin and Chinese Communist
 * Leader Xi Jinping} is two mentions, headed by {@code Putin} and {@code Jinping}; {@code Mr. Reid,
 * Ms. Bello and Ms. Shaw} three; {@code Washington and Brussels} two. Each part must be the name of
 * a person, an organization or a place (speaking for its government) with its titles, or a pronoun,
 * and the {@code and} must stand outside any name, so that {@code the Department of Health and
 * Social Care} stays one speaker; a description between commas beside a name is its apposition,
 * when a comma comes before the joiner ({@code Dr. Theresa Tam, the chief public health officer,
 * and her deputy, Dr. Howard Njoo} is two mentions), as do {@code the union and its members} and
 * {@code Cheng Chin-mo, a Russian and international affairs specialist}.
 *
 * <pre>{@code
 * List<Mention> each = CoordinatedSpeakers.of(sentence, mention); // empty unless two or more
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class CoordinatedSpeakers {

  private static final Set<String> JOINERS = Set.of("and", "&");

  /**
   * Entities that speak: people, organizations, and places for their governments ({@code Beijing}).
   */
  private static final Set<String> SPEAKING_ENTITIES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  private CoordinatedSpeakers() {}

  /** The mentions of each coordinated speaker of {@code mention}; empty unless two or more. */
  static List<Mention> of(ParsedSentence s, Mention mention) {
    int first = s.tokenAt(mention.span().begin());
    int last = s.tokenAt(mention.span().end() - 1);
    if (first < 1 || last < first) {
      return List.of();
    }
    List<Mention> parts = new ArrayList<>();
    boolean joined = false;
    boolean described = false;
    boolean commaJoined = false; // ", and": a description between commas may stand before it
    int begin = first;
    for (int i = first; i <= last + 1; i++) {
      boolean joiner =
          i <= last
              && JOINERS.contains(s.word(i).toLowerCase(Locale.ROOT))
              && s.ner(i).equals("O"); // not the "and" of "Department of Health and Social Care"
      if (i <= last && !joiner && !s.word(i).equals(",")) {
        continue;
      }
      joined |= joiner;
      commaJoined |= joiner && i > first && s.word(i - 1).equals(",");
      if (i > begin) {
        int head = headOf(s, begin, i - 1);
        if (head >= 0) {
          parts.add(new Mention(s.span(begin, i - 1), s.index(), head));
        } else if (isApposition(s, begin, i, last)) {
          described = true;
        } else {
          return List.of();
        }
      }
      begin = i + 1;
    }
    return joined && parts.size() > 1 && (!described || commaJoined)
        ? List.copyOf(parts)
        : List.of();
  }

  /**
   * True when tokens {@code begin} to before {@code end} are a description in lower case that a
   * comma closes, an apposition to a name beside it ({@code Dr. Theresa Tam, the chief public
   * health officer, and her deputy, Dr. Howard Njoo}); a description that a joiner ends ({@code a
   * professor at Harvard and MIT}) may coordinate its own words, and is none.
   */
  private static boolean isApposition(ParsedSentence s, int begin, int end, int last) {
    return end <= last
        && s.word(end).equals(",")
        && !Character.isUpperCase(s.word(begin).codePointAt(0));
  }

  /**
   * The head of tokens {@code first..last}: a pronoun alone, else the last word of the first
   * person, organization or place name of a part made of capitalized words ({@code Chinese
   * Communist Leader Xi Jinping}) and {@code of}; -1 for any other part ({@code a Russian}).
   */
  private static int headOf(ParsedSentence s, int first, int last) {
    if (first == last && s.tag(first).startsWith("PRP")) {
      return first;
    }
    int head = -1;
    for (int i = first; i <= last; i++) {
      String word = s.word(i);
      if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals("of")) {
        return -1;
      }
      boolean named = SPEAKING_ENTITIES.contains(s.ner(i));
      if (named && (head < 0 || head == i - 1)) {
        head = i;
      }
    }
    return head;
  }
}
