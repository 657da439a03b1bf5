package org.attribution.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.Gender;

/**
 * The person and organization names of one document, as runs of tokens with the same named-entity
 * tag, with the capitalized words just before each (its title, as in {@code Chinese Communist
 * Leader Xi Jinping}). Built per document; immutable after construction.
 */
final class NameIndex {

  /**
   * A name as written, its words in lower case, its title words in lower case, where it starts,
   * and its sentence and last token.
   */
  record Name(String text, Set<String> words, Set<String> titleWords, String entity, int offset,
      int sentence, int last) {}

  private static final int MAX_TITLE = 4;
  private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince");
  private static final Set<String> FEMALE_TITLES =
      Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam", "queen", "princess");

  private final List<Name> names = new ArrayList<>();

  NameIndex(List<ParsedSentence> sentences, String text) {
    for (ParsedSentence s : sentences) {
      int i = 1;
      while (i <= s.size()) {
        String entity = s.ner(i);
        if (!entity.equals("PERSON") && !entity.equals("ORGANIZATION")) {
          i++;
          continue;
        }
        int end = i;
        while (end < s.size() && s.ner(end + 1).equals(entity)) {
          end++;
        }
        names.add(new Name(s.span(i, end).in(text), words(s, i, end), title(s, i), entity, s.begin(i),
            s.index(), end));
        i = end + 1;
      }
    }
  }

  /** The longest name of {@code entity} type containing every word of {@code words}, nearest before {@code offset} when several tie. */
  Optional<Name> fullest(Set<String> words, String entity, int offset) {
    Name best = null;
    for (Name name : names) {
      if (!name.entity().equals(entity) || !name.words().containsAll(words)) {
        continue;
      }
      if (best == null || name.words().size() > best.words().size()
          || (name.words().size() == best.words().size() && name.offset() <= offset && name.offset() > best.offset())) {
        best = name;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The one person whose title holds {@code noun} ("leader"), if exactly one does. */
  Optional<Name> personTitled(String noun) {
    List<Name> titled = names.stream()
        .filter(n -> n.entity().equals("PERSON") && n.titleWords().contains(noun))
        .toList();
    Set<String> distinct = titled.stream().map(n -> n.text()).collect(Collectors.toSet());
    return distinct.size() == 1 ? fullest(titled.get(0).words(), "PERSON", Integer.MAX_VALUE) : Optional.empty();
  }

  /** Every name, in text order. */
  List<Name> all() {
    return names;
  }

  /**
   * The one organization whose name ends with {@code noun} ("the ministry" for "Health
   * Ministry"), if exactly one does.
   */
  Optional<Name> organizationHeaded(String noun) {
    List<Name> headed = names.stream()
        .filter(n -> n.entity().equals("ORGANIZATION") && lastWord(n.text()).equalsIgnoreCase(noun))
        .toList();
    Set<Set<String>> distinct = headed.stream().map(Name::words).collect(Collectors.toSet());
    return distinct.size() == 1 ? fullest(headed.get(0).words(), "ORGANIZATION", Integer.MAX_VALUE) : Optional.empty();
  }

  /** The gender the titles of the person {@code canonical} give ("Mr. Reid"), if any. */
  Gender titleGender(String canonical) {
    Gender found = Gender.UNKNOWN;
    for (Name name : names) {
      if (!name.entity().equals("PERSON")
          || !fullest(name.words(), "PERSON", name.offset()).map(Name::text).orElse("").equals(canonical)) {
        continue;
      }
      for (String title : name.titleWords()) {
        Gender given = MALE_TITLES.contains(title) ? Gender.MALE
            : FEMALE_TITLES.contains(title) ? Gender.FEMALE : Gender.UNKNOWN;
        found = given != Gender.UNKNOWN ? given : found;
      }
    }
    return found;
  }

  private static String lastWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1);
  }

  static Set<String> words(ParsedSentence s, int first, int last) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int i = first; i <= last; i++) {
      if (!s.isPunctuation(i)) {
        out.add(s.word(i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<String> title(ParsedSentence s, int nameStart) {
    Set<String> out = new java.util.HashSet<>();
    for (int i = nameStart - 1; i >= 1 && i >= nameStart - MAX_TITLE; i--) {
      String word = s.word(i);
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        break;
      }
      out.add(word.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
