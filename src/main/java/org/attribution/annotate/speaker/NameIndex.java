package org.attribution.annotate.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.Gender;
import org.attribution.lexicon.WordList;

/**
 * The person and organization names of one document, as runs of tokens with the same named-entity
 * tag, with the capitalized words just before each (its title, as in {@code Chinese Communist
 * Leader Xi Jinping}). The names are grouped by their words and indexed by each word, titles and
 * last words are answered once, so that a question costs time logarithmic in how often a name
 * recurs, however many names the document has. Built per document; immutable after construction.
 */
final class NameIndex {

  /**
   * A name as written, its words in lower case, its title words in lower case, where it starts, and
   * its sentence and last token.
   */
  record Name(
      String text,
      Set<String> words,
      Set<String> titleWords,
      String entity,
      int offset,
      int sentence,
      int last) {}

  private static final int MAX_TITLE = 4;
  private static final Set<String> MALE_TITLES =
      Set.of("mr", "mr.", "sir", "lord", "king", "prince");
  private static final Set<String> FEMALE_TITLES =
      Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam", "queen", "princess");
  private static final Set<String> ADDRESS =
      Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.");

  /**
   * The occurrences, in text order, of the names of one entity type written with the same words.
   */
  private record Form(String entity, Set<String> words, List<Name> occurrences) {

    /** The last occurrence at or before {@code offset}, or null. */
    Name lastAtOrBefore(int offset) {
      int after =
          BinarySearch.first(0, occurrences.size(), i -> occurrences.get(i).offset() > offset);
      return after > 0 ? occurrences.get(after - 1) : null;
    }
  }

  private final List<Name> names = new ArrayList<>();

  /** The forms of each entity type, keyed by entity type and by entity type and each word. */
  private final Map<String, List<Form>> forms = new HashMap<>();

  private final Map<String, Optional<Name>> personByTitle = new HashMap<>();
  private final Map<String, Optional<Name>> organizationByLastWord = new HashMap<>();
  private final Map<String, Gender> titleGenders = new HashMap<>();

  /**
   * @param titles the words that title a person ({@code models/titles.txt}), of which a description
   *     in apposition to a name gives the name its title
   */
  NameIndex(List<ParsedSentence> sentences, String text, WordList titles) {
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
        names.add(
            new Name(
                s.span(i, end).in(text),
                words(s, i, end),
                entity.equals("PERSON") ? titles(s, i, end, titles) : title(s, i),
                entity,
                s.begin(i),
                s.index(),
                end));
        i = end + 1;
      }
    }
    Map<List<Object>, Form> byWords = new LinkedHashMap<>();
    for (Name name : names) {
      byWords
          .computeIfAbsent(
              List.of(name.entity(), name.words()),
              k -> {
                Form form = new Form(name.entity(), name.words(), new ArrayList<>());
                forms.computeIfAbsent(name.entity(), e -> new ArrayList<>()).add(form);
                for (String word : name.words()) {
                  forms
                      .computeIfAbsent(name.entity() + ' ' + word, e -> new ArrayList<>())
                      .add(form);
                }
                return form;
              })
          .occurrences()
          .add(name);
    }
    indexTitlesAndLastWords();
  }

  private void indexTitlesAndLastWords() {
    Map<String, List<Name>> titled = new LinkedHashMap<>();
    Map<String, List<Name>> headed = new LinkedHashMap<>();
    for (Name name : names) {
      if (name.entity().equals("PERSON")) {
        for (String title : name.titleWords()) {
          titled.computeIfAbsent(title, t -> new ArrayList<>()).add(name);
        }
        String canonical = fullest(name.words(), "PERSON", name.offset()).orElseThrow().text();
        Gender found = titleGenders.getOrDefault(canonical, Gender.UNKNOWN);
        for (String title : name.titleWords()) {
          Gender given =
              MALE_TITLES.contains(title)
                  ? Gender.MALE
                  : FEMALE_TITLES.contains(title) ? Gender.FEMALE : Gender.UNKNOWN;
          found = given != Gender.UNKNOWN ? given : found;
        }
        titleGenders.put(canonical, found);
      } else if (name.entity().equals("ORGANIZATION")) {
        headed.computeIfAbsent(foldCase(lastWord(name.text())), w -> new ArrayList<>()).add(name);
      }
    }
    titled.forEach(
        (title, found) -> {
          Set<String> distinct = found.stream().map(Name::text).collect(Collectors.toSet());
          personByTitle.put(
              title,
              distinct.size() == 1 && fullestForms(found.get(0).words(), "PERSON").size() == 1
                  ? fullest(found.get(0).words(), "PERSON", Integer.MAX_VALUE)
                  : Optional.empty());
        });
    headed.forEach(
        (word, found) -> {
          Set<Set<String>> distinct = found.stream().map(Name::words).collect(Collectors.toSet());
          organizationByLastWord.put(
              word,
              distinct.size() == 1
                  ? fullest(found.get(0).words(), "ORGANIZATION", Integer.MAX_VALUE)
                  : Optional.empty());
        });
  }

  /**
   * The longest name of {@code entity} type containing every word of {@code words}, nearest before
   * {@code offset} when several tie.
   */
  Optional<Name> fullest(Set<String> words, String entity, int offset) {
    Name before = null;
    Name first = null;
    for (Form form : fullestForms(words, entity)) {
      // Of the fullest names, the last at or before the offset, else the first in the text.
      Name last = form.lastAtOrBefore(offset);
      before = last != null && (before == null || last.offset() > before.offset()) ? last : before;
      Name earliest = form.occurrences().get(0);
      first = first == null || earliest.offset() < first.offset() ? earliest : first;
    }
    return Optional.ofNullable(before != null ? before : first);
  }

  /**
   * The forms of {@code entity} type holding every word of {@code words} with the most words: one
   * for a name the text writes out one way, several for a surname that several people share ({@code
   * Cruz} of {@code Ted Cruz} and {@code Heidi Cruz}).
   */
  private List<Form> fullestForms(Set<String> words, String entity) {
    List<Form> candidates = forms.getOrDefault(entity, List.of());
    for (String word : words) {
      List<Form> having = forms.getOrDefault(entity + ' ' + word, List.of());
      candidates = having.size() < candidates.size() ? having : candidates;
    }
    List<Form> fullest = new ArrayList<>();
    for (Form form : candidates) {
      if (!form.words().containsAll(words)
          || (!fullest.isEmpty() && form.words().size() < fullest.get(0).words().size())) {
        continue;
      }
      if (!fullest.isEmpty() && form.words().size() > fullest.get(0).words().size()) {
        fullest.clear();
      }
      fullest.add(form);
    }
    return fullest;
  }

  /**
   * The one person whose title holds {@code noun} ("leader"), if exactly one does and the name it
   * titles is no surname that several people share.
   */
  Optional<Name> personTitled(String noun) {
    return personByTitle.getOrDefault(noun, Optional.empty());
  }

  /** Every name, in text order. */
  List<Name> all() {
    return names;
  }

  /**
   * The one organization whose name ends with {@code noun} ("the ministry" for "Health Ministry"),
   * if exactly one does.
   */
  Optional<Name> organizationHeaded(String noun) {
    return organizationByLastWord.getOrDefault(foldCase(noun), Optional.empty());
  }

  /** The gender the titles of the person {@code canonical} give ("Mr. Reid"), if any. */
  Gender titleGender(String canonical) {
    return titleGenders.getOrDefault(canonical, Gender.UNKNOWN);
  }

  private static String lastWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1);
  }

  /** One spelling for all the spellings {@link String#equalsIgnoreCase} takes as equal. */
  private static String foldCase(String word) {
    StringBuilder folded = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      folded.append(Character.toLowerCase(Character.toUpperCase(word.charAt(i))));
    }
    return folded.toString();
  }

  /**
   * The words of tokens {@code first} to {@code last} in lower case, without punctuation and
   * without the forms of address before the name that the entity tagger sometimes takes into it
   * ({@code Ms Raman} is {@code raman}, as {@code Priya Raman}'s words hold it).
   */
  static Set<String> words(ParsedSentence s, int first, int last) {
    Set<String> out = new java.util.LinkedHashSet<>();
    while (first < last && ADDRESS.contains(s.word(first).toLowerCase(Locale.ROOT))) {
      first++;
    }
    for (int i = first; i <= last; i++) {
      if (!s.isPunctuation(i)) {
        out.add(s.word(i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * The title words of the person named by tokens {@code first} to {@code last}: the capitalized
   * words before the name, and the head noun of a description in apposition to it when that noun is
   * a title ({@code The finance minister, Priya Raman,} and {@code Priya Raman, the finance
   * minister} title her {@code minister}), so that {@code the minister} later names her.
   */
  private static Set<String> titles(ParsedSentence s, int first, int last, WordList titles) {
    Set<String> out = title(s, first);
    int after =
        last + 2 <= s.size() && s.word(last + 1).equals(",")
            ? Appositions.headAfter(s, last + 2)
            : 0;
    int before =
        first > 2
                && s.word(first - 1).equals(",")
                && (last == s.size() || s.word(last + 1).equals(","))
            ? Appositions.headBefore(s, first - 2)
            : 0;
    for (int head : new int[] {after, before}) {
      if (head > 0 && titles.contains(s.lemma(head))) {
        out.add(s.word(head).toLowerCase(Locale.ROOT));
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
