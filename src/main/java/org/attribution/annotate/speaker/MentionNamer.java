package org.attribution.annotate.speaker;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.SpeakerKind;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.WordList;

/**
 * Names the words of a mention as the document names them elsewhere: the fullest name of an entity
 * ({@code Lee} is {@code Ann Lee}), a title the one person the text gives it to, a name in
 * apposition ({@code the economist Priya Nair}), the one a spokesperson speaks for, else a
 * description with its kind ({@code the shipping minister}). Pronouns are the {@link
 * SpeakerResolver}'s. Needs the document's {@link NameIndex}; not thread-safe, one per document.
 */
final class MentionNamer {

  private static final Set<String> REPRESENTED_BY = Set.of("for", "of", "at");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private final String text;
  private final NameIndex names;
  private final WordList organizationNouns;
  private final WordList titles;

  MentionNamer(String text, NameIndex names, WordList organizationNouns, WordList titles) {
    this.text = text;
    this.names = names;
    this.organizationNouns = organizationNouns;
    this.titles = titles;
  }

  /** A common noun naming a person or an organization: "the shipping minister", "the union". */
  boolean isDescribedBeing(ParsedSentence s, int i) {
    return s.tag(i).startsWith("NN")
        && !s.tag(i).startsWith("NNP")
        && s.ner(i).equals("O")
        && (titles.contains(s.lemma(i))
            || organizationNouns.contains(s.lemma(i))
            || Animacy.coreNlp().isAnimate(s.lemma(i)));
  }

  /**
   * Who owns what a possessive phrase names, its last word at {@code last}: a name ({@code Doug
   * Ford's}), or a title resolved to the name it stands for ({@code the premier's}).
   */
  ResolvedName possessor(ParsedSentence s, int last, int first) {
    int[] range = {first, last};
    // a person's name first: the entity tagger reads "Ford's office" as the carmaker's
    return s.ner(last).equals("PERSON") ? named(s, last, range) : nameOrDescription(s, last, range);
  }

  /** Whether token {@code i} names or titles a person: {@code Ann Lee}, {@code the premier}. */
  boolean isPersonWord(ParsedSentence s, int i) {
    return s.ner(i).equals("PERSON") || titles.contains(s.lemma(i).toLowerCase(Locale.ROOT));
  }

  /** The name a phrase headed by a common or proper noun stands for, or else its description. */
  ResolvedName nameOrDescription(ParsedSentence s, int head, int[] range) {
    if (s.tag(head).startsWith("NNP")) {
      int first = head;
      while (first > range[0] && s.tag(first - 1).startsWith("NNP")) {
        first--;
      }
      Set<String> words = NameIndex.words(s, first, head);
      Optional<ResolvedName> known =
          names
              .fullest(words, "PERSON", s.begin(head))
              .or(() -> names.fullest(words, "ORGANIZATION", s.begin(head)))
              .map(
                  n ->
                      new ResolvedName(
                          n.text(),
                          n.entity().equals("PERSON")
                              ? SpeakerKind.PERSON
                              : SpeakerKind.ORGANIZATION));
      if (known.isPresent()) {
        return known.get();
      }
      if (first < head || !titles.contains(s.word(head).toLowerCase(Locale.ROOT))) {
        return titledName(s, first, head, range);
      }
    }
    // a title the text gives one person, also written as a proper noun: "the MP", "the Premier"
    String noun = s.word(head).toLowerCase(Locale.ROOT);
    Optional<NameIndex.Name> titled = names.personTitled(noun);
    if (titled.isPresent()) {
      return new ResolvedName(titled.get().text(), SpeakerKind.PERSON);
    }
    if (s.tag(head).startsWith("NNP")) {
      return titledName(s, head, head, range);
    }
    if (s.tag(head).equals("NN")) {
      Optional<NameIndex.Name> organization = names.organizationHeaded(noun);
      if (organization.isPresent()) {
        return new ResolvedName(organization.get().text(), SpeakerKind.ORGANIZATION);
      }
    }
    return new ResolvedName(description(s, head, range), kindOf(s, head, range));
  }

  /**
   * The proper nouns {@code first} to {@code head} that name no one the document names elsewhere:
   * after a title among them, the words after it name a person ({@code Additional Municipal
   * Commissioner P Velrasu} is {@code P Velrasu}, whom the entity tagger missed); else all of them,
   * of the kind the mention's words give.
   */
  private ResolvedName titledName(ParsedSentence s, int first, int head, int[] range) {
    for (int title = head - 1; title >= first; title--) {
      if (titles.contains(s.lemma(title))) {
        return new ResolvedName(s.span(title + 1, head).in(text), SpeakerKind.PERSON);
      }
    }
    return new ResolvedName(s.span(first, head).in(text), kindOf(s, range));
  }

  /**
   * "An economist at the state university, Priya Nair", "the economist Priya Nair": the person
   * named right after the head noun or after a comma.
   */
  Optional<ResolvedName> apposedName(ParsedSentence s, int head, int[] range) {
    for (int i = head; i < range[1]; i++) {
      if (i != head && !s.word(i).equals(",")) {
        continue;
      }
      int name = i + 1;
      while (name < range[1] && s.tag(name).startsWith("NNP") && !s.ner(name).equals("PERSON")) {
        name++; // a title: "Dr."
      }
      if (s.ner(name).equals("PERSON")) {
        return Optional.of(named(s, name, range));
      }
    }
    return Optional.empty();
  }

  /**
   * "A spokesperson for X", "an X spokesman": X, the one the spokesperson speaks for, named or
   * described ("a spokeswoman for the company").
   */
  Optional<ResolvedName> represented(ParsedSentence s, int head, int[] range) {
    int last = head - 1;
    while (last >= range[0] && !s.tag(last).startsWith("NNP")) {
      last--;
    }
    if (last >= range[0]) {
      return Optional.of(nameOrDescription(s, last, new int[] {range[0], last}));
    }
    if (head < range[1] && REPRESENTED_BY.contains(s.word(head + 1).toLowerCase(Locale.ROOT))) {
      int end = head + 2;
      while (end < range[1] && !s.isPunctuation(end + 1) && !s.tag(end + 1).startsWith("W")) {
        end++;
      }
      int noun = end;
      while (noun > head + 1 && !s.tag(noun).startsWith("NN")) {
        noun--;
      }
      if (s.tag(noun).startsWith("NN")) {
        return Optional.of(
            issuerNamed(s, noun, new int[] {head + 2, isName(s, noun) ? end : noun}));
      }
    }
    return Optional.empty();
  }

  /**
   * The name of the entity or description headed by {@code head} within tokens {@code range}, an
   * organization where its kind is otherwise unknown: the issuer of a document, the one a
   * spokesperson speaks for.
   */
  ResolvedName issuerNamed(ParsedSentence s, int head, int[] range) {
    ResolvedName r = isName(s, head) ? named(s, head, range) : nameOrDescription(s, head, range);
    return r.kind() == SpeakerKind.OTHER ? new ResolvedName(r.name(), SpeakerKind.ORGANIZATION) : r;
  }

  static boolean isName(ParsedSentence s, int token) {
    return s.ner(token).equals("PERSON") || s.ner(token).equals("ORGANIZATION");
  }

  /** The fullest name of the entity the head token belongs to. */
  ResolvedName named(ParsedSentence s, int head, int[] range) {
    String entity = s.ner(head);
    int first = head;
    while (first > range[0] && s.ner(first - 1).equals(entity)) {
      first--;
    }
    int last = head;
    while (last < range[1] && s.ner(last + 1).equals(entity)) {
      last++;
    }
    Set<String> words = NameIndex.words(s, first, last);
    String name =
        names
            .fullest(words, entity, s.begin(first))
            .map(NameIndex.Name::text)
            .orElse(s.span(first, last).in(text));
    return new ResolvedName(
        name, entity.equals("PERSON") ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION);
  }

  /**
   * The words of a description up to its head and its "of", "for" or "at" phrase, without the
   * clauses, asides and other phrases after it, a leading article in lower case: "the provincial
   * transportation minister", "residents", "a judge" (of "A judge on Friday").
   */
  private String description(ParsedSentence s, int head, int[] range) {
    int last = head;
    while (last < range[1]
        && !s.isPunctuation(last + 1)
        && !s.tag(last + 1).startsWith("W")
        && !s.tag(last + 1).startsWith("VB")
        && !s.tag(last + 1).equals("POS")
        && !(s.tag(last + 1).equals("IN")
            && !REPRESENTED_BY.contains(s.word(last + 1).toLowerCase(Locale.ROOT)))) {
      last++; // "the lawyer for the group", not "a judge on Friday"
    }
    String words = s.span(range[0], last).in(text);
    String article = s.word(range[0]);
    return DETERMINERS.contains(article.toLowerCase(Locale.ROOT))
        ? article.toLowerCase(Locale.ROOT) + words.substring(article.length())
        : words;
  }

  /**
   * The kind of a description: a person by its head noun (a title, a being), else as {@link
   * #kindOf(ParsedSentence, int[], SpeakerKind)}.
   */
  private SpeakerKind kindOf(ParsedSentence s, int head, int[] range) {
    String lemma = s.lemma(head);
    if (organizationNouns.contains(lemma)) {
      return SpeakerKind.ORGANIZATION;
    }
    if (titles.contains(lemma) || (s.hasGraph() && Animacy.coreNlp().isAnimate(lemma))) {
      return SpeakerKind.PERSON;
    }
    return kindOf(s, range);
  }

  SpeakerKind kindOf(ParsedSentence s, int[] range) {
    return kindOf(s, range, SpeakerKind.OTHER);
  }

  /**
   * A person or an organization if a word of {@code range} names or is one, else {@code otherwise}.
   */
  SpeakerKind kindOf(ParsedSentence s, int[] range, SpeakerKind otherwise) {
    for (int i = range[0]; i <= range[1]; i++) {
      if (s.ner(i).equals("PERSON")) {
        return SpeakerKind.PERSON;
      }
      if (s.ner(i).equals("ORGANIZATION") || organizationNouns.contains(s.lemma(i))) {
        return SpeakerKind.ORGANIZATION;
      }
    }
    return otherwise;
  }
}
