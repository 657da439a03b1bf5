package org.attribution.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attribution.SpeakerKind;
import org.attribution.index.Occurrence;
import org.attribution.lexicon.Gender;

/**
 * Reads the name each occurrence's source goes by ({@link NameForm}): a person's name without the
 * titles and roles around it, an organization's name without its article and the document noun
 * after it ({@code a Kremlin statement} is {@code Kremlin}'s), a description or an unnamed document
 * as a source of its document alone. An occurrence without a source, or whose speaker is a pronoun
 * the extractor could not resolve, has none.
 *
 * <p>Names repeat across an archive, so each distinct one is read once. Thread-safe.
 */
final class SourceNames {

  private final NameLexicon lexicon = NameLexicon.bundled();
  private final Map<String, NameForm> read = new ConcurrentHashMap<>();

  /** The name form of {@code o}'s source, or null when it has none the index can count. */
  NameForm of(Occurrence o) {
    Occurrence.Source source = o.source();
    if (o.speaker() == null) {
      return source.cited() == null
          ? null
          : new NameForm(
              SpeakerKind.DOCUMENT,
              NameForm.Shape.LOCAL,
              words(source.cited()),
              source.cited().strip());
    }
    if (NameLexicon.isPronoun(o.speaker())) {
      return null;
    }
    SpeakerKind kind = source.kind() == null ? SpeakerKind.OTHER : source.kind();
    String name = kind == SpeakerKind.PERSON ? fuller(o.speaker(), source.mention()) : o.speaker();
    return read.computeIfAbsent(kind.ordinal() + name, k -> form(kind, name));
  }

  /**
   * The words at the place where they name a person more fully than the document's name for them,
   * which then lost words ({@code Ines van der Berg} for {@code der Berg}); else the name.
   */
  private static String fuller(String name, String mention) {
    if (mention == null || mention.length() <= name.length()) {
      return name;
    }
    String m = " " + words(mention);
    return m.endsWith(" " + words(name)) ? mention : name;
  }

  private NameForm form(SpeakerKind given, String name) {
    PersonName person = PersonName.parse(name, lexicon);
    SpeakerKind kind = kindOf(given, name, person);
    if (kind == SpeakerKind.PERSON) {
      if (person == null) {
        return local(SpeakerKind.PERSON, name);
      }
      return new NameForm(
          SpeakerKind.PERSON,
          person.isFull() ? NameForm.Shape.FULL : NameForm.Shape.SURNAME,
          person.key(),
          person.display());
    }
    List<String> tokens = organizationWords(name);
    boolean named = false;
    for (String t : tokens) {
      named |= Character.isUpperCase(t.codePointAt(0)) && !lexicon.isCommonNoun(t);
    }
    return named
        ? new NameForm(
            kind, NameForm.Shape.FULL, words(String.join(" ", tokens)), String.join(" ", tokens))
        : local(kind, name);
  }

  /**
   * The kind of source a name is: the extractor's, but for a name whose last word is an
   * organization's ({@code Valley Health Authority}), an organization's, and for a full name of a
   * person after a role or an honorific ({@code Economist Peter Whitcombe}), or with a known first
   * name where the extractor could not tell, a person's.
   */
  private SpeakerKind kindOf(SpeakerKind given, String name, PersonName person) {
    String[] words = name.strip().split("\\s+");
    if (given != SpeakerKind.DOCUMENT
        && words.length > 1
        && lexicon.isOrganizationNoun(words[words.length - 1])) {
      return SpeakerKind.ORGANIZATION;
    }
    if (given == SpeakerKind.PERSON || person == null || !person.isFull()) {
      return given;
    }
    boolean introduced = !name.strip().startsWith(person.display());
    boolean firstName = lexicon.firstNames.gender(person.display().split(" ")[0]) != Gender.UNKNOWN;
    return introduced || (given == SpeakerKind.OTHER && firstName) ? SpeakerKind.PERSON : given;
  }

  /**
   * The words of an organization's name: without a leading article and possessive, nor the document
   * nouns that end it ({@code the Kremlin statement} gives {@code Kremlin}).
   */
  private List<String> organizationWords(String name) {
    List<String> tokens = new ArrayList<>(List.of(name.strip().split("\\s+")));
    while (tokens.size() > 1 && NameLexicon.isDeterminer(tokens.get(0))) {
      tokens.remove(0);
    }
    while (tokens.size() > 1
        && lexicon.documentNouns.contains(
            NameLexicon.fold(singular(tokens.get(tokens.size() - 1))))) {
      tokens.remove(tokens.size() - 1);
    }
    int last = tokens.size() - 1;
    tokens.set(last, tokens.get(last).replaceAll("['\u2019]s?$", ""));
    return tokens;
  }

  private static String singular(String word) {
    return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }

  private static NameForm local(SpeakerKind kind, String name) {
    return new NameForm(kind, NameForm.Shape.LOCAL, words(name), name.strip());
  }

  /** The folded words of {@code text}, one space between them. */
  private static String words(String text) {
    return String.join(" ", NameLexicon.fold(text).split("[\\s\\p{Punct}&&[^-]]+")).strip();
  }
}
