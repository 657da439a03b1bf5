package org.attribution.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.SpeakerKind;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.WordList;
import org.attribution.pipeline.Candidate;
import org.attribution.pipeline.Mention;

/**
 * Resolves speaker and document mentions of one document to canonical names, remembering the
 * speakers resolved so far for pronouns. Not thread-safe: one per document.
 */
final class SpeakerResolver {

  record Resolved(String name, SpeakerKind kind) {
    static final Resolved UNKNOWN = new Resolved(null, SpeakerKind.OTHER);
  }

  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> ISSUER_MODIFIERS = Set.of("compound", "nmod:poss");

  private final List<ParsedSentence> sentences;
  private final String text;
  private final NameIndex names;
  private final WordList organizationNouns;
  private Candidate lastPerson;

  SpeakerResolver(List<ParsedSentence> sentences, String text, NameIndex names, WordList organizationNouns) {
    this.sentences = sentences;
    this.text = text;
    this.names = names;
    this.organizationNouns = organizationNouns;
  }

  void remember(Candidate resolved) {
    if (resolved.kind() == SpeakerKind.PERSON && resolved.canonical() != null) {
      lastPerson = resolved;
    }
  }

  Resolved speaker(Mention mention) {
    ParsedSentence s = sentences.get(mention.sentence());
    int head = mention.head();
    int[] range = tokens(s, mention);
    if (s.ner(head).equals("PERSON") || s.ner(head).equals("ORGANIZATION")) {
      return named(s, head, range);
    }
    String word = s.word(head).toLowerCase(Locale.ROOT);
    if (PERSONAL.contains(word)) {
      if (lastPerson != null) {
        return new Resolved(lastPerson.canonical(), SpeakerKind.PERSON);
      }
      return names.lastPersonBefore(s.begin(head))
          .map(n -> new Resolved(n.text(), SpeakerKind.PERSON))
          .orElse(new Resolved(null, SpeakerKind.PERSON));
    }
    if (RELATIVE.contains(word) && s.relation(s.governor(head)).startsWith("acl")) {
      int antecedent = s.governor(s.governor(head));
      return speaker(Mentions.phrase(s, antecedent));
    }
    if (s.tag(head).startsWith("NNP")) {
      int first = head;
      while (first > range[0] && s.tag(first - 1).startsWith("NNP")) {
        first--;
      }
      Set<String> words = NameIndex.words(s, first, head);
      return names.fullest(words, "PERSON", s.begin(head))
          .or(() -> names.fullest(words, "ORGANIZATION", s.begin(head)))
          .map(n -> new Resolved(n.text(), n.entity().equals("PERSON") ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION))
          .orElse(new Resolved(s.span(first, head).in(text), kindOf(s, range)));
    }
    if (s.tag(head).startsWith("NN")) {
      Optional<NameIndex.Name> titled = names.personTitled(s.word(head).toLowerCase(Locale.ROOT));
      if (titled.isPresent()) {
        return new Resolved(titled.get().text(), SpeakerKind.PERSON);
      }
    }
    return new Resolved(null, kindOf(s, range));
  }

  /** The issuer a document names: the agent of "made public by X", or "X" of "X's statement". */
  Resolved issuer(Mention document) {
    ParsedSentence s = sentences.get(document.sentence());
    int head = document.head();
    for (int acl : s.children(head, Set.of("acl"))) {
      for (int agent : s.children(acl, Set.of("obl", "nmod"))) {
        if (s.hasCase(agent, Set.of("by"))) {
          Mention issuer = Mentions.phrase(s, agent);
          return new Resolved(issuer.span().in(text), kindOf(s, tokens(s, issuer)));
        }
      }
    }
    List<Integer> modifiers = s.children(head, ISSUER_MODIFIERS);
    if (!modifiers.isEmpty() && modifiers.get(0) < head) {
      int first = s.subtree(modifiers.get(0), Set.of(), 0)[0];
      int last = head - 1;
      boolean proper = false;
      for (int i = first; i <= last; i++) {
        proper |= s.tag(i).startsWith("NNP");
      }
      if (proper) {
        return new Resolved(s.span(first, last).in(text), kindOf(s, new int[] {first, last}, SpeakerKind.ORGANIZATION));
      }
    }
    return new Resolved(null, SpeakerKind.DOCUMENT);
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
    String name = names.fullest(words, entity, s.begin(first)).map(NameIndex.Name::text)
        .orElse(s.span(first, last).in(text));
    return new Resolved(name, entity.equals("PERSON") ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION);
  }

  private SpeakerKind kindOf(ParsedSentence s, int[] range) {
    return kindOf(s, range, SpeakerKind.OTHER);
  }

  private SpeakerKind kindOf(ParsedSentence s, int[] range, SpeakerKind otherwise) {
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

  private static int[] tokens(ParsedSentence s, Mention mention) {
    int first = s.tokenAt(mention.span().begin());
    int last = s.tokenAt(mention.span().end() - 1);
    return new int[] {first, last};
  }
}
