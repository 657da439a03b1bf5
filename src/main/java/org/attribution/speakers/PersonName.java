package org.attribution.speakers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attribution.lexicon.Gender;

/**
 * A person's name as a document writes it, reduced to what the speaker index compares: the given
 * names and the surname, folded ({@link NameLexicon#fold}), without the titles, roles, honorifics
 * and suffixes around them. {@code U.S. Secretary of State Antony Blinken}, {@code Mr. Blinken} and
 * {@code Antony J. Blinken Jr.} give the surname {@code blinken}, the last two given names {@code
 * antony} and {@code antony j}.
 *
 * <pre>{@code
 * PersonName.parse("Russian President Vladimir Putin", NameLexicon.bundled()).key(); // "vladimir putin"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class PersonName {

  private static final ImmutableSet<String> SUFFIXES =
      ImmutableSet.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "kc", "qc");

  /** Lower-case words that belong to a surname ({@code von der Leyen}, {@code da Silva}). */
  private static final ImmutableSet<String> PARTICLES =
      ImmutableSet.of(
          "de", "da", "das", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
          "la", "le", "bin", "ibn", "al", "el", "st");

  /** Words between a title and what it is of ({@code Secretary of State}). */
  private static final ImmutableSet<String> LINKS = ImmutableSet.of("of", "for", "to");

  private final ImmutableList<String> given;
  private final String surname;
  private final String display;

  private PersonName(List<String> given, String surname, String display) {
    this.given = ImmutableList.copyOf(given);
    this.surname = surname;
    this.display = display;
  }

  /**
   * The name in {@code text}, or null when it holds none: a description ({@code the shipping
   * minister}), a common noun ({@code Officials}) or no capitalised word. Of a name with an
   * apposition ({@code The commission's chair, Rebecca Lindqvist}), the part that is a name.
   */
  static PersonName parse(String text, NameLexicon lexicon) {
    String[] parts = text.split(",");
    for (int p = parts.length - 1; p >= 0; p--) {
      PersonName name = parsePart(parts[p], lexicon);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static PersonName parsePart(String text, NameLexicon lexicon) {
    List<String> tokens = new ArrayList<>();
    for (String raw : text.strip().split("\\s+")) {
      String t = raw.replaceAll("^[\\p{Ps}\\p{Pi}\\p{Pf}\"']+|[\\p{Pe}\\p{Pi}\\p{Pf}\"',;:]+$", "");
      t = t.replaceAll("['\u2019]s$", "");
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    int end = tokens.size();
    while (end > 0
        && (SUFFIXES.contains(NameLexicon.fold(tokens.get(end - 1)))
            || isLower(tokens.get(end - 1)))) {
      end--;
    }
    int start = 0;
    for (int i = 0; i < end - 1; i++) {
      // A role before a name: "Farmer Samuel Nwosu", "Councillor Hollis".
      if (isBoundary(tokens.get(i), lexicon) || lexicon.isRole(tokens.get(i))) {
        start = i + 1;
      }
    }
    // A title of something: "Secretary of State Antony Blinken".
    if (start > 0 && start < end - 2 && LINKS.contains(NameLexicon.fold(tokens.get(start - 1)))) {
      start++;
    }
    List<String> name = tokens.subList(start, end);
    if (name.isEmpty()
        || !Character.isUpperCase(name.get(name.size() - 1).codePointAt(0))
        || (name.size() == 1 && lexicon.isCommonNoun(name.get(0)))) {
      return null;
    }
    int surnameStart = name.size() - 1;
    while (surnameStart > 0 && isParticle(name.get(surnameStart - 1))) {
      surnameStart--;
    }
    List<String> given = new ArrayList<>();
    for (String t : name.subList(0, surnameStart)) {
      given.add(NameLexicon.fold(t));
    }
    List<String> surname = new ArrayList<>();
    for (String t : name.subList(surnameStart, name.size())) {
      surname.add(NameLexicon.fold(t));
    }
    return new PersonName(given, String.join(" ", surname), String.join(" ", name));
  }

  /** A word after which the name starts: a title, a determiner, or a lower-case word. */
  private static boolean isBoundary(String token, NameLexicon lexicon) {
    return lexicon.titles.contains(token)
        || lexicon.titles.contains(NameLexicon.fold(token))
        || NameLexicon.isDeterminer(token)
        || (isLower(token) && !isParticle(token));
  }

  private static boolean isLower(String token) {
    return !Character.isUpperCase(token.codePointAt(0)) && !Character.isDigit(token.codePointAt(0));
  }

  private static boolean isParticle(String token) {
    return PARTICLES.contains(token.toLowerCase(java.util.Locale.ROOT).replace("-", ""));
  }

  /** The gender an honorific in {@code text} states ({@code Mr.}, {@code Ms.}), or UNKNOWN. */
  static Gender honorific(String text, NameLexicon lexicon) {
    for (String token : text.strip().split("\\s+")) {
      if (lexicon.titles.contains(token) || lexicon.titles.contains(NameLexicon.fold(token))) {
        Gender g = lexicon.genderedWords.gender(token);
        if (g != Gender.UNKNOWN) {
          return g;
        }
      }
    }
    return Gender.UNKNOWN;
  }

  /** True when the name has given names besides its surname. */
  boolean isFull() {
    return !given.isEmpty();
  }

  /** The folded given names and surname, one space between words. */
  String key() {
    return given.isEmpty() ? surname : String.join(" ", given) + " " + surname;
  }

  String surname() {
    return surname;
  }

  /** The name's words as written, without the titles and roles around them. */
  String display() {
    return display;
  }

  /** The given names that are written out, not initials. */
  int writtenOut() {
    return (int) given.stream().filter(g -> g.length() > 1).count();
  }

  int givenCount() {
    return given.size();
  }

  /**
   * The words a surname alone may refer to this person by: the last, and for a two-word name whose
   * first word is no known first name, the first too ({@code Xi} of {@code Xi Jinping}).
   */
  Set<String> surnames(NameLexicon lexicon) {
    Set<String> out = new LinkedHashSet<>();
    out.add(surname);
    // A surname with particles may be written without the first of them: "der Berg".
    for (int space = surname.indexOf(' '); space > 0; space = surname.indexOf(' ', space + 1)) {
      out.add(surname.substring(space + 1));
    }
    if (given.size() == 1
        && given.get(0).length() > 1
        && lexicon.firstNames.gender(given.get(0)) == Gender.UNKNOWN) {
      out.add(given.get(0));
    }
    return out;
  }

  /**
   * True when this and {@code other} may name one person: the same surname and given names that
   * agree where both write them, an initial agreeing with a name it starts ({@code J. Smith},
   * {@code John Smith}, {@code John A. Smith}); {@code John Smith} and {@code Jane Smith} do not.
   */
  boolean compatible(PersonName other) {
    if (!surname.equals(other.surname) || !isFull() || !other.isFull()) {
      return false;
    }
    if (!agree(given.get(0), other.given.get(0))) {
      return false;
    }
    List<String> a = given.subList(1, given.size());
    List<String> b = other.given.subList(1, other.given.size());
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!agree(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean agree(String x, String y) {
    return x.equals(y)
        || (x.length() == 1 && y.startsWith(x))
        || (y.length() == 1 && x.startsWith(y));
  }

  @Override
  public String toString() {
    return display;
  }
}
