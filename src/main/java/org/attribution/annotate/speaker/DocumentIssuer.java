package org.attribution.annotate.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.SpeakerKind;
import org.attribution.annotate.phrase.Mentions;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.annotation.Mention;
import org.attribution.internal.ParsedSentence;

/**
 * Names who issued a document source, in this order:
 *
 * <ul>
 *   <li>in a parse, the agent of a participle ({@code a meeting summary made public by China's
 *       foreign ministry});
 *   <li>the phrase after {@code by} or {@code from}, with a participle between or not ({@code a
 *       report by the Congressional Budget Office}, {@code a statement released by Senator Ann
 *       Lee}), and the owner of an office there ({@code a statement from Senator Ann Lee's office}
 *       is Ann Lee's, {@code from the premier's office} the premier's, by name when the text gives
 *       it);
 *   <li>the owner or the proper nouns before the head noun ({@code China's customs statistics},
 *       {@code the union's Friday release}, {@code a Kremlin statement});
 *   <li>for a document named again ({@code The memo said}), whoever a sentence shortly before says
 *       sent, released or issued one ({@code Ann Lee ... sent a memo to members}).
 * </ul>
 *
 * <p>Names go through the document's {@link MentionNamer}, so an issuer is named as the text names
 * it elsewhere. Not thread-safe: one per document, as the namer.
 */
final class DocumentIssuer {

  private static final Set<String> ISSUER_MODIFIERS = Set.of("compound", "nmod:poss");
  private static final Set<String> AGENT_MARKS = Set.of("by", "from");
  private static final Set<String> BETWEEN_NOUN_AND_AGENT = Set.of("VBN", "VBD", "RB", "JJ");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  private static final Set<String> ISSUING_VERBS =
      Set.of("send", "release", "issue", "publish", "write", "sign", "post", "circulate");

  /** How many sentences back a document named again may have been issued. */
  private static final int SENTENCES_BACK = 3;

  private final List<ParsedSentence> sentences;
  private final String text;
  private final MentionNamer namer;

  DocumentIssuer(List<ParsedSentence> sentences, String text, MentionNamer namer) {
    this.sentences = sentences;
    this.text = text;
    this.namer = namer;
  }

  ResolvedName issuer(Mention document) {
    ParsedSentence s = sentences.get(document.sentence());
    int head = document.head();
    int[] range = SpeakerResolver.tokens(s, document);
    for (int acl : s.children(head, Set.of("acl"))) {
      for (int agent : s.children(acl, Set.of("obl", "nmod"))) {
        if (s.hasCase(agent, Set.of("by"))) {
          int[] words = SpeakerResolver.tokens(s, Mentions.phrase(s, agent));
          Optional<ResolvedName> named = phrase(s, words[0], words[1]);
          if (named.isPresent()) {
            return named.get();
          }
        }
      }
    }
    Optional<ResolvedName> found = agentAfter(s, head, range).or(() -> ownerBefore(s, head, range));
    if (found.isEmpty() && DEFINITE.contains(s.word(range[0]).toLowerCase(Locale.ROOT))) {
      found = issuedBefore(s, head);
    }
    return found.orElse(new ResolvedName(null, SpeakerKind.DOCUMENT));
  }

  /** The noun phrase after "by" or "from" that follows the head, within the mention's tokens. */
  private Optional<ResolvedName> agentAfter(ParsedSentence s, int head, int[] range) {
    int mark = head + 1;
    while (mark <= range[1] && BETWEEN_NOUN_AND_AGENT.contains(s.tag(mark))) {
      mark++;
    }
    if (mark >= range[1] || !AGENT_MARKS.contains(s.word(mark).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return phrase(s, mark + 1, range[1]);
  }

  /**
   * The entity the noun phrase beginning at {@code first} names: a person or a title before a
   * possessive mark ({@code Senator Ann Lee's office} is Ann Lee, {@code the premier's office} the
   * premier), else the phrase up to its last noun ({@code China's foreign ministry}).
   */
  private Optional<ResolvedName> phrase(ParsedSentence s, int first, int limit) {
    int last = first - 1;
    while (last < limit && TagPhrases.isPhraseTag(s.tag(last + 1))) {
      last++;
      if (s.tag(last).equals("POS") && last > first && namer.isPersonWord(s, last - 1)) {
        return Optional.of(namer.possessor(s, last - 1, first));
      }
    }
    while (last >= first && !s.tag(last).startsWith("NN")) {
      last--;
    }
    return last >= first ? named(s, first, last) : Optional.empty();
  }

  private Optional<ResolvedName> named(ParsedSentence s, int first, int head) {
    return Optional.of(namer.issuerNamed(s, head, new int[] {first, head}));
  }

  /**
   * The owner or the proper nouns before the head, from its first modifier in a parse, else from
   * the mention's first word.
   */
  private Optional<ResolvedName> ownerBefore(ParsedSentence s, int head, int[] range) {
    int from = range[0];
    if (s.hasGraph()) {
      List<Integer> modifiers = s.children(head, ISSUER_MODIFIERS);
      if (modifiers.isEmpty() || modifiers.get(0) > head) {
        return Optional.empty();
      }
      from = s.subtree(modifiers.get(0), Set.of(), 0)[0];
    }
    for (int i = from + 1; i < head; i++) {
      if (s.tag(i).equals("POS")) {
        int last = i;
        while (last + 1 < head && s.tag(last + 1).matches("NNS?")) {
          last++;
        }
        return last > i
            ? Optional.of(organization(s, from, last)) // "China's customs"
            : named(s, from, i - 1);
      }
    }
    int first = from;
    while (first < head && !s.tag(first).startsWith("NNP")) {
      first++;
    }
    int last = first;
    while (last + 1 < head && s.tag(last + 1).startsWith("NNP")) {
      last++;
    }
    return first < head ? Optional.of(organization(s, first, last)) : Optional.empty();
  }

  private ResolvedName organization(ParsedSentence s, int first, int last) {
    return new ResolvedName(
        s.span(first, last).in(text),
        namer.kindOf(s, new int[] {first, last}, SpeakerKind.ORGANIZATION));
  }

  /**
   * The first name before an issuing verb whose object is the head's noun, in one of the sentences
   * before: {@code Ann Lee} of {@code Ann Lee, the union's president, sent a memo to members}.
   */
  private Optional<ResolvedName> issuedBefore(ParsedSentence at, int head) {
    String noun = at.lemma(head).toLowerCase(Locale.ROOT);
    for (int back = 1; back <= SENTENCES_BACK && at.index() - back >= 0; back++) {
      ParsedSentence s = sentences.get(at.index() - back);
      for (int i = 2; i <= s.size(); i++) {
        if (s.tag(i).startsWith("NN") && s.lemma(i).equalsIgnoreCase(noun)) {
          int verb = TagPhrases.phraseStart(s, i) - 1;
          if (verb >= 1 && s.tag(verb).startsWith("VB") && ISSUING_VERBS.contains(s.lemma(verb))) {
            return firstNameBefore(s, verb);
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ResolvedName> firstNameBefore(ParsedSentence s, int verb) {
    for (int i = 1; i < verb; i++) {
      String entity = s.ner(i);
      if (entity.equals("PERSON") || entity.equals("ORGANIZATION")) {
        int last = i;
        while (last + 1 < verb && s.ner(last + 1).equals(entity)) {
          last++;
        }
        return named(s, i, last);
      }
    }
    return Optional.empty();
  }
}
