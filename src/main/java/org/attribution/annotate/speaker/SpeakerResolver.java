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
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.WordList;

/**
 * Resolves speaker and document mentions of one document to canonical names: pronouns and relative
 * pronouns to their antecedents, remembering the speakers resolved so far as antecedents for the
 * pronouns after them; spokespeople and offices to the one they speak for; documents to their
 * issuer ({@link DocumentIssuer}); other words as {@link MentionNamer} names them. Not thread-safe:
 * one per document.
 */
final class SpeakerResolver {

  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> PERSONAL_RELATIVES = Set.of("who", "whom");

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

  /** Nouns of the staff who speak for the one who owns them: {@code the premier's office}. */
  private static final Set<String> OFFICES = Set.of("office");

  private final List<ParsedSentence> sentences;
  private final MentionNamer namer;
  private final Antecedents antecedents;
  private final DocumentIssuer issuers;

  SpeakerResolver(
      List<ParsedSentence> sentences,
      String text,
      List<QuotedSpan> quotes,
      List<Span> furniture,
      FirstNames firstNames,
      WordList organizationNouns,
      WordList titles) {
    this.sentences = sentences;
    NameIndex names = new NameIndex(sentences, text, titles);
    this.namer = new MentionNamer(text, names, organizationNouns, titles);
    this.issuers = new DocumentIssuer(sentences, text, namer);
    this.antecedents =
        new Antecedents(quotes.stream().map(QuotedSpan::outer).toList(), names, firstNames);
    for (NameIndex.Name name : names.all()) {
      if (furniture.stream().anyMatch(n -> n.contains(Span.of(name.offset(), name.offset() + 1)))) {
        continue; // a byline's or a photo credit's name is no one a pronoun of the article means
      }
      ParsedSentence s = sentences.get(name.sentence());
      ResolvedName r =
          namer.named(s, name.last(), new int[] {s.tokenAt(name.offset()), name.last()});
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
        if (s.relation(i).startsWith("nsubj") && namer.isDescribedBeing(s, i)) {
          Mention subject = Mentions.phrase(s, i);
          ResolvedName r = namer.nameOrDescription(s, i, tokens(s, subject));
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
  ResolvedName speaker(Mention mention, Span content) {
    ParsedSentence s = sentences.get(mention.sentence());
    int head = mention.head();
    int[] range = tokens(s, mention);
    if (MentionNamer.isName(s, head)) {
      return namer.named(s, head, range);
    }
    String word = s.word(head).toLowerCase(Locale.ROOT);
    if (Antecedents.PRONOUNS.contains(word)) {
      return antecedents
          .resolve(word, s.span(head, head), s.index(), content)
          .map(e -> new ResolvedName(e.canonical(), e.kind()))
          .orElse(
              new ResolvedName(
                  null, word.equals("it") ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON));
    }
    if (RELATIVE.contains(word)) {
      int antecedent = relativeAntecedent(s, head);
      if (antecedent > 0) {
        return speaker(antecedentPhrase(s, antecedent), content);
      }
    }
    if (s.tag(head).startsWith("PRP") || !s.tag(head).startsWith("NN")) {
      return new ResolvedName(null, namer.kindOf(s, range));
    }
    Optional<ResolvedName> apposed = namer.apposedName(s, head, range);
    if (apposed.isPresent()) {
      return apposed.get();
    }
    if (SPOKESPEOPLE.contains(s.lemma(head).toLowerCase(Locale.ROOT))) {
      Optional<ResolvedName> represented =
          namer.represented(s, head, range).or(() -> spokenFor(s, head, content));
      if (represented.isPresent()) {
        return represented.get();
      }
    }
    if (OFFICES.contains(s.lemma(head).toLowerCase(Locale.ROOT))
        && head - 2 >= range[0]
        && s.tag(head - 1).equals("POS")) {
      return namer.possessor(s, head - 2, range[0]);
    }
    return namer.nameOrDescription(s, head, range);
  }

  /**
   * The organization an unnamed spokesperson at {@code head} speaks for: the one that spoke in the
   * same sentence or the one before ({@code The Rail Delivery Group said it was disappointed. A
   * spokesperson said ...}).
   */
  private Optional<ResolvedName> spokenFor(ParsedSentence s, int head, Span content) {
    return antecedents
        .resolve("it", s.span(head, head), s.index(), content)
        .filter(
            e ->
                e.role() == Antecedents.Prominence.SPEAKER
                    && e.canonical() != null
                    && s.index() - e.sentence() <= 1)
        .map(e -> new ResolvedName(e.canonical(), e.kind()));
  }

  /**
   * The head of the noun a relative pronoun stands for: its clause's governor in a parse, else (no
   * parse, or one that missed the clause) the noun right before it, or before the comma before it
   * ({@code Barkley, who said}), or the noun that phrase's {@code of} completes ({@code the chief
   * executive of the trust, who said}); 0 if there is none.
   */
  private static int relativeAntecedent(ParsedSentence s, int relative) {
    if (s.relation(s.governor(relative)).startsWith("acl")) {
      return s.governor(s.governor(relative));
    }
    int before = relative > 1 && s.word(relative - 1).equals(",") ? relative - 2 : relative - 1;
    if (before < 1 || !s.tag(before).startsWith("NN")) {
      return 0;
    }
    // "The chief executive of the hospital trust, who said": the executive said it, not the trust
    // (but "the rise of Donald Trump, who said" is Trump's)
    int of = TagPhrases.phraseStart(s, before) - 1;
    boolean ofAPerson =
        of > 1
            && s.word(of).equalsIgnoreCase("of")
            && (s.tag(of - 1).equals("NN") || s.tag(of - 1).equals("NNS"))
            && !s.ner(before).equals("PERSON")
            && PERSONAL_RELATIVES.contains(s.word(relative).toLowerCase(Locale.ROOT));
    return ofAPerson ? of - 1 : before;
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

  /**
   * The issuer a document names, or the one the text says issued it (see {@link DocumentIssuer}).
   */
  ResolvedName issuer(Mention document) {
    return issuers.issuer(document);
  }

  private static boolean isPlural(ParsedSentence s, int head) {
    return s.tag(head).equals("NNS")
        || s.tag(head).equals("NNPS")
        || Antecedents.isPlural(s.word(head));
  }

  static int[] tokens(ParsedSentence s, Mention mention) {
    int first = s.tokenAt(mention.span().begin());
    int last = s.tokenAt(mention.span().end() - 1);
    return new int[] {first, last};
  }
}
