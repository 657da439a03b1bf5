package org.attribution.annotate.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.annotate.phrase.Mentions;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.Mention;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;
import org.attribution.internal.WebNoise;
import org.attribution.lexicon.Animacy;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.WordList;

/**
 * Resolves speaker and document mentions of one document to canonical names, remembering the
 * speakers resolved so far as antecedents for pronouns. Not thread-safe: one per document.
 */
final class SpeakerResolver {

  record Resolved(String name, SpeakerKind kind) {}

  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

  /** Nouns of people who speak for someone else: the one they speak for is the speaker. */
  private static final Set<String> SPOKESPEOPLE =
      Set.of(
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "spokespeople",
          "spokesmen",
          "spokeswomen",
          "spokespersons");

  private static final Set<String> REPRESENTED_BY = Set.of("for", "of", "at");

  /** Nouns of the staff who speak for the one who owns them: {@code the premier's office}. */
  private static final Set<String> OFFICES = Set.of("office");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private final List<ParsedSentence> sentences;
  private final String text;
  private final NameIndex names;
  private final WordList organizationNouns;
  private final WordList titles;
  private final Antecedents antecedents;
  private final DocumentIssuer issuers;

  SpeakerResolver(
      List<ParsedSentence> sentences,
      String text,
      List<QuotedSpan> quotes,
      FirstNames firstNames,
      WordList organizationNouns,
      WordList titles) {
    this.sentences = sentences;
    this.text = text;
    this.names = new NameIndex(sentences, text);
    this.organizationNouns = organizationNouns;
    this.titles = titles;
    this.issuers = new DocumentIssuer(sentences, text, this);
    this.antecedents =
        new Antecedents(quotes.stream().map(QuotedSpan::outer).toList(), names, firstNames);
    List<Span> furniture = WebNoise.in(text);
    for (NameIndex.Name name : names.all()) {
      if (furniture.stream().anyMatch(n -> n.contains(Span.of(name.offset(), name.offset() + 1)))) {
        continue; // a byline's or a photo credit's name is no one a pronoun of the article means
      }
      ParsedSentence s = sentences.get(name.sentence());
      Resolved r = named(s, name.last(), new int[] {s.tokenAt(name.offset()), name.last()});
      antecedents.add(
          new Antecedents.Entry(
              Span.of(name.offset(), s.end(name.last())),
              name.sentence(),
              Antecedents.role(s, name.last()),
              r.name(),
              r.kind(),
              false));
    }
    for (ParsedSentence s : sentences) {
      for (int i = 1; i <= s.size(); i++) {
        if (s.relation(i).startsWith("nsubj") && isDescribedBeing(s, i)) {
          Mention subject = Mentions.phrase(s, i);
          Resolved r = nameOrDescription(s, i, tokens(s, subject));
          antecedents.add(
              new Antecedents.Entry(
                  subject.span(),
                  s.index(),
                  Antecedents.Prominence.SUBJECT,
                  r.name(),
                  r.kind(),
                  isPlural(s, i)));
        }
      }
    }
  }

  /** A common noun naming a person or an organization: "the shipping minister", "the union". */
  private boolean isDescribedBeing(ParsedSentence s, int i) {
    return s.tag(i).startsWith("NN")
        && !s.tag(i).startsWith("NNP")
        && s.ner(i).equals("O")
        && (titles.contains(s.lemma(i))
            || organizationNouns.contains(s.lemma(i))
            || Animacy.coreNlp().isAnimate(s.lemma(i)));
  }

  /** Makes a resolved speaker an antecedent of the pronouns after it. */
  void remember(Candidate resolved) {
    Mention mention = resolved.speaker();
    if (mention != null && resolved.canonical() != null) {
      ParsedSentence s = sentences.get(mention.sentence());
      antecedents.add(
          new Antecedents.Entry(
              mention.span(),
              mention.sentence(),
              Antecedents.Prominence.SPEAKER,
              resolved.canonical(),
              resolved.kind(),
              isPlural(s, mention.head())));
    }
  }

  /**
   * The canonical name of the speaker {@code mention} of a candidate whose content is {@code
   * content}.
   */
  Resolved speaker(Mention mention, Span content) {
    ParsedSentence s = sentences.get(mention.sentence());
    int head = mention.head();
    int[] range = tokens(s, mention);
    if (isName(s, head)) {
      return named(s, head, range);
    }
    String word = s.word(head).toLowerCase(Locale.ROOT);
    if (Antecedents.PRONOUNS.contains(word)) {
      return antecedents
          .resolve(word, s.span(head, head), s.index(), content)
          .map(e -> new Resolved(e.canonical(), e.kind()))
          .orElse(
              new Resolved(
                  null, word.equals("it") ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON));
    }
    if (RELATIVE.contains(word)) {
      int antecedent = relativeAntecedent(s, head);
      if (antecedent > 0) {
        return speaker(antecedentPhrase(s, antecedent), content);
      }
    }
    if (s.tag(head).startsWith("PRP") || !s.tag(head).startsWith("NN")) {
      return new Resolved(null, kindOf(s, range));
    }
    Optional<Resolved> apposed = apposedName(s, head, range);
    if (apposed.isPresent()) {
      return apposed.get();
    }
    if (SPOKESPEOPLE.contains(s.lemma(head).toLowerCase(Locale.ROOT))) {
      Optional<Resolved> represented = represented(s, head, range);
      if (represented.isPresent()) {
        return represented.get();
      }
    }
    if (OFFICES.contains(s.lemma(head).toLowerCase(Locale.ROOT))
        && head - 2 >= range[0]
        && s.tag(head - 1).equals("POS")) {
      return possessor(s, head - 2, range[0]);
    }
    return nameOrDescription(s, head, range);
  }

  /**
   * Who owns what a possessive phrase names, its last word at {@code last}: a name ({@code Doug
   * Ford's}), or a title resolved to the name it stands for ({@code the premier's}).
   */
  Resolved possessor(ParsedSentence s, int last, int first) {
    int[] range = {first, last};
    // a person's name first: the entity tagger reads "Ford's office" as the carmaker's
    return s.ner(last).equals("PERSON") ? named(s, last, range) : nameOrDescription(s, last, range);
  }

  /** Whether token {@code i} names or titles a person: {@code Ann Lee}, {@code the premier}. */
  boolean isPersonWord(ParsedSentence s, int i) {
    return s.ner(i).equals("PERSON") || titles.contains(s.lemma(i).toLowerCase(Locale.ROOT));
  }

  /**
   * The head of the noun a relative pronoun stands for: its clause's governor in a parse, else (no
   * parse, or one that missed the clause) the noun right before it, or before the comma before it
   * ({@code Barkley, who said}); 0 if there is none.
   */
  private static int relativeAntecedent(ParsedSentence s, int relative) {
    if (s.relation(s.governor(relative)).startsWith("acl")) {
      return s.governor(s.governor(relative));
    }
    int before = relative > 1 && s.word(relative - 1).equals(",") ? relative - 2 : relative - 1;
    return before >= 1 && s.tag(before).startsWith("NN") ? before : 0;
  }

  /**
   * The noun phrase headed by {@code head}: its subtree in a parse, else the phrase its tags give
   * ({@code Gov. Chris Christie}, {@code the party leaders}).
   */
  private static Mention antecedentPhrase(ParsedSentence s, int head) {
    if (!s.relation(head).isEmpty()) {
      return Mentions.phrase(s, head);
    }
    return new Mention(s.span(TagPhrases.phraseStart(s, head), head), s.index(), head);
  }

  /** The name a phrase headed by a common or proper noun stands for, or else its description. */
  private Resolved nameOrDescription(ParsedSentence s, int head, int[] range) {
    if (s.tag(head).startsWith("NNP")) {
      int first = head;
      while (first > range[0] && s.tag(first - 1).startsWith("NNP")) {
        first--;
      }
      Set<String> words = NameIndex.words(s, first, head);
      return names
          .fullest(words, "PERSON", s.begin(head))
          .or(() -> names.fullest(words, "ORGANIZATION", s.begin(head)))
          .map(
              n ->
                  new Resolved(
                      n.text(),
                      n.entity().equals("PERSON") ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION))
          .orElse(new Resolved(s.span(first, head).in(text), kindOf(s, range)));
    }
    String noun = s.word(head).toLowerCase(Locale.ROOT);
    Optional<NameIndex.Name> titled = names.personTitled(noun);
    if (titled.isPresent()) {
      return new Resolved(titled.get().text(), SpeakerKind.PERSON);
    }
    if (s.tag(head).equals("NN")) {
      Optional<NameIndex.Name> organization = names.organizationHeaded(noun);
      if (organization.isPresent()) {
        return new Resolved(organization.get().text(), SpeakerKind.ORGANIZATION);
      }
    }
    return new Resolved(description(s, head, range), kindOf(s, head, range));
  }

  /**
   * "An economist at the state university, Priya Nair", "the economist Priya Nair": the person
   * named right after the head noun or after a comma.
   */
  private Optional<Resolved> apposedName(ParsedSentence s, int head, int[] range) {
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
  private Optional<Resolved> represented(ParsedSentence s, int head, int[] range) {
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
        Resolved r =
            isName(s, noun)
                ? named(s, noun, new int[] {head + 2, end})
                : nameOrDescription(s, noun, new int[] {head + 2, noun});
        return Optional.of(
            r.kind() == SpeakerKind.OTHER ? new Resolved(r.name(), SpeakerKind.ORGANIZATION) : r);
      }
    }
    return Optional.empty();
  }

  /**
   * The issuer a document names, or the one the text says issued it (see {@link DocumentIssuer}).
   */
  Resolved issuer(Mention document) {
    return issuers.issuer(document);
  }

  /**
   * The name of the entity or description headed by {@code head} within tokens {@code range}, an
   * organization where its kind is otherwise unknown: the issuer of a document.
   */
  Resolved issuerNamed(ParsedSentence s, int head, int[] range) {
    Resolved r = isName(s, head) ? named(s, head, range) : nameOrDescription(s, head, range);
    return r.kind() == SpeakerKind.OTHER ? new Resolved(r.name(), SpeakerKind.ORGANIZATION) : r;
  }

  private static boolean isPlural(ParsedSentence s, int head) {
    return s.tag(head).equals("NNS")
        || s.tag(head).equals("NNPS")
        || Antecedents.isPlural(s.word(head));
  }

  private static boolean isName(ParsedSentence s, int token) {
    return s.ner(token).equals("PERSON") || s.ner(token).equals("ORGANIZATION");
  }

  /** The fullest name of the entity the head token belongs to. */
  private Resolved named(ParsedSentence s, int head, int[] range) {
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
    return new Resolved(
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
   * #kindOf}.
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

  private SpeakerKind kindOf(ParsedSentence s, int[] range) {
    return kindOf(s, range, SpeakerKind.OTHER);
  }

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

  static int[] tokens(ParsedSentence s, Mention mention) {
    int first = s.tokenAt(mention.span().begin());
    int last = s.tokenAt(mention.span().end() - 1);
    return new int[] {first, last};
  }
}
