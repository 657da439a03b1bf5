package org.attribution.annotate.tagged;

import java.util.Set;
import org.attribution.Span;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.internal.ParsedSentence;

/**
 * The words of a source the tagger left out, read off part-of-speech tags: the noun phrase after a
 * preposition a tagged source ends on ({@code a report by} the state highway agency), and the
 * subject of a cue verb the tagger gave no source ({@code Protesters chanted}, {@code The council
 * postponed the vote, citing rising prices}). Needs sentence views with part-of-speech tags and
 * lemmas; no parse.
 *
 * <p>Stateless and thread-safe.
 */
final class UntaggedSource {

  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "get");
  private static final Set<String> STOPS = Set.of(".", "!", "?");

  private UntaggedSource() {}

  /**
   * {@code source} run on over the noun phrase after its last word when that word is a preposition,
   * so that the tagger's {@code prosecutors in} reads {@code prosecutors in Virginia}, and without
   * the sentence's final stop when the tagger took it in ({@code a tenant organizer with Housing
   * Now.}); {@code source} itself otherwise.
   */
  static Span completed(ParsedSentence s, Span source) {
    int first = s.firstTokenIn(source);
    int last = s.lastTokenIn(source);
    // "R-S.C." keeps the stop its abbreviation shares
    if (first >= 1
        && last == s.size()
        && last > first
        && source.end() <= s.end(last)
        && STOPS.contains(s.word(last))
        && !s.word(last - 1).contains(".")) {
      return Span.of(source.begin(), s.end(last - 1));
    }
    if (first < 1 || last <= first || !s.tag(last).equals("IN")) {
      return source;
    }
    int end = TagPhrases.phraseEnd(s, last + 1);
    return end == 0 ? source : Span.of(source.begin(), s.end(end));
  }

  /**
   * The subject of the cue at {@code cue} that no tagged source serves, outside {@code content}:
   * the noun phrase before the verb ({@code Protesters chanted}), or for a participle after a comma
   * the subject of the sentence's first clause ({@code The council postponed the vote, citing}).
   * Null for a passive cue ({@code is expected}), whose subject is not who speaks, and when none.
   */
  static Span subject(ParsedSentence s, Span cue, Span content) {
    int first = s.firstTokenIn(cue);
    int last = s.lastTokenIn(cue);
    if (first < 1) {
      return null;
    }
    int verb = first;
    while (verb <= last && !s.tag(verb).startsWith("VB")) {
      verb++;
    }
    // the main verb of "is expected", "has repeatedly said"
    for (int i = verb + 1;
        i <= last && (s.tag(i).startsWith("VB") || s.tag(i).startsWith("RB"));
        i++) {
      verb = s.tag(i).startsWith("VB") ? i : verb;
    }
    if (verb > last || isPassive(s, verb)) {
      return null;
    }
    Span found;
    if (s.tag(verb).equals("VBG") && verb > 1 && s.word(verb - 1).equals(",")) {
      found = firstClauseSubject(s, verb - 1);
    } else {
      TagPhrases.Subject subject = TagPhrases.subject(s, verb, last);
      found = subject == null ? null : s.span(subject.first(), subject.last());
    }
    return found == null || found.overlaps(content) ? null : found;
  }

  private static boolean isPassive(ParsedSentence s, int verb) {
    if (!s.tag(verb).equals("VBN")) {
      return false;
    }
    for (int i = verb - 1;
        i >= 1 && (s.tag(i).startsWith("VB") || s.tag(i).startsWith("RB"));
        i--) {
      if (PASSIVE_AUXILIARIES.contains(s.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun phrase that opens the sentence's first clause when a finite verb follows it, maybe
   * after prepositional phrases ({@code A judge on Friday halted}), before {@code end}; the clause
   * may follow opening phrases set off by commas ({@code On Thursday, however, Trump spoke ...}).
   */
  private static Span firstClauseSubject(ParsedSentence s, int end) {
    int start = 1;
    while (start < end) {
      Span subject = subjectOfFiniteVerb(s, start, end);
      if (subject != null) {
        return subject;
      }
      int comma = start;
      while (comma < end && !s.word(comma).equals(",") && !TagPhrases.isFinite(s.tag(comma))) {
        comma++;
      }
      if (comma >= end || !s.word(comma).equals(",")) {
        return null;
      }
      start = comma + 1;
    }
    return null;
  }

  /**
   * The noun phrase at {@code start} when a finite verb follows it before {@code end}, maybe after
   * prepositional phrases ({@code A judge on Friday halted}) and auxiliaries; an {@code of} phrase
   * right after its head is part of it ({@code The mayor of Springfield}). Null when none.
   */
  private static Span subjectOfFiniteVerb(ParsedSentence s, int start, int end) {
    int head = TagPhrases.phraseEnd(s, start);
    if (head == 0 || head + 1 >= end) {
      return null;
    }
    int last = head;
    int verb = head + 1;
    while (verb < end && s.tag(verb).equals("IN")) {
      int object = TagPhrases.phraseEnd(s, verb + 1);
      if (object == 0) {
        break;
      }
      if (last == verb - 1 && s.word(verb).equalsIgnoreCase("of")) {
        last = object;
      }
      verb = object + 1;
    }
    while (verb < end && TagPhrases.isAuxiliaryTag(s.tag(verb))) {
      verb++;
    }
    return TagPhrases.isFinite(s.tag(verb)) ? s.span(start, last) : null;
  }
}
