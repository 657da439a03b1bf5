package org.attribution.annotate.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.annotate.cue.CoordinatedCues;
import org.attribution.annotate.cue.CueSites;
import org.attribution.annotate.quote.QuoteNeighbours;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.Cue;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;

/**
 * Locates the clause a cue attributes, over the dependency parse, falling back to an adjacent
 * quote. Stateless and thread-safe.
 */
final class ContentFinder implements ContentLocator {

  private static final Set<String> CLAUSAL = Set.of("ccomp");
  private static final Set<String> INFINITIVAL = Set.of("xcomp");
  private static final Set<String> SUBJECT = Set.of("nsubj");
  private static final Set<String> OBJECT = Set.of("obj");
  private static final Set<String> SECONDARY_PREDICATES = Set.of("xcomp", "obl", "advcl");
  private static final Set<String> PREDICATE_PREPOSITIONS = Set.of("as", "of", "for");

  /** Relations of cues that stand aside from the clause they attach to. */
  private static final Set<String> ASIDES = Set.of("advcl", "parataxis", "dep", "acl:relcl");

  @Override
  public Optional<LocatedContent> content(
      ParsedSentence sentence, Cue cue, List<Cue> cues, List<QuotedSpan> quotes, String text) {
    return switch (cue.role()) {
      case VERB -> verbContent(sentence, cue, cues, quotes, text);
      case PREPOSITION -> found(prepositionContent(sentence, cue, cues), ContentRule.PREPOSITION);
      case COLON ->
          found(QuoteNeighbours.quoteAfter(cue.span(), quotes, text), ContentRule.COLON)
              .or(
                  () ->
                      found(
                          QuoteNeighbours.restOfLine(cue.span(), text), ContentRule.LABELLED_LINE));
      case SIGN_OFF ->
          found(QuoteNeighbours.quoteEndingAt(cue.span(), quotes, text), ContentRule.SIGN_OFF);
    };
  }

  private Optional<LocatedContent> verbContent(
      ParsedSentence s, Cue cue, List<Cue> cues, List<QuotedSpan> quotes, String text) {
    int verb = cue.head();
    if (isAsClause(s, verb)) {
      return found(
              QuoteNeighbours.quoteBefore(s, verb, cue.span(), quotes, text)
                  .or(() -> QuoteNeighbours.nearestQuoteBefore(cue.span(), quotes, s.span())),
              ContentRule.AS_QUOTE)
          .or(() -> found(clause(s, s.governor(verb), verb, cues), ContentRule.HOST_CLAUSE));
    }
    int complement = s.child(verb, CLAUSAL);
    if (complement == 0 || complement < verb) {
      Optional<LocatedContent> aside =
          found(CommaClauses.interrupted(s, verb, cues), ContentRule.INTERRUPTED)
              .or(() -> found(CommaClauses.fronted(s, verb, cues), ContentRule.FRONTED));
      if (aside.isPresent()) {
        return aside;
      }
    }
    ContentRule rule = ContentRule.CLAUSE;
    if (complement == 0 && cue.kind() == CueKind.CLAIM) {
      // intentions: "promised to carry on", "wants to run"
      complement = s.child(verb, INFINITIVAL);
      rule = ContentRule.INFINITIVE;
    }
    if (complement != 0 && complement > verb) {
      return found(clause(s, complement, 0, cues), rule);
    }
    if (complement == 0 && cue.objectIsContent()) {
      Optional<LocatedContent> object =
          found(objectContent(s, verb, cue.entry()), ContentRule.OBJECT);
      if (object.isPresent()) {
        return object;
      }
    }
    if (complement != 0 || s.relation(verb).equals("parataxis")) {
      // "..., he said": the content is the clause the cue interrupts or follows
      int host = complement != 0 ? complement : s.governor(verb);
      return found(clause(s, host, complement != 0 ? 0 : verb, cues), ContentRule.HOST_CLAUSE);
    }
    return found(QuoteNeighbours.quoteAfter(cue.span(), quotes, text), ContentRule.QUOTE_AFTER)
        .or(
            () ->
                found(
                    QuoteNeighbours.quoteBefore(s, verb, cue.span(), quotes, text),
                    ContentRule.QUOTE_BEFORE));
  }

  private static Optional<LocatedContent> found(Optional<Span> span, ContentRule rule) {
    return span.map(found -> new LocatedContent(found, rule));
  }

  /**
   * "criticized the plan", "called Trump \"unhinged\"", "described the field as \"all very good\"",
   * "accused him of lying": the object with what the verb predicates of it.
   */
  private static Optional<Span> objectContent(ParsedSentence s, int verb, String entry) {
    int direct = s.child(verb, OBJECT);
    int object = direct != 0 ? direct : prepositionalObject(s, verb, entry);
    if (object < verb || s.relation(verb).equals("xcomp")) {
      // "should X continue to support Y" reports no one's words
      return Optional.empty();
    }
    // the cue holds the preposition: "called for | higher wages"
    int[] range = s.subtree(object, direct != 0 ? Set.of() : Set.of("case"), 0);
    for (int predicate : s.children(verb, SECONDARY_PREDICATES)) {
      if (predicate > object && (s.relation(predicate).equals("xcomp") || hasCase(s, predicate))) {
        range[1] = Math.max(range[1], s.subtree(predicate, Set.of(), 0)[1]);
      }
    }
    if (range[0] == range[1] && s.tag(object).startsWith("PRP")) {
      return Optional.empty(); // "call it" says nothing without what it is called
    }
    return span(s, range).or(() -> Optional.of(s.span(object, object)));
  }

  /** "called for his dismissal", "pointed to the polls": the object of the entry's preposition. */
  private static int prepositionalObject(ParsedSentence s, int verb, String entry) {
    String preposition = entry.substring(entry.lastIndexOf(' ') + 1);
    for (int oblique : s.children(verb, Set.of("obl"))) {
      if (s.hasCase(oblique, Set.of(preposition))) {
        return oblique;
      }
    }
    return 0;
  }

  private static boolean hasCase(ParsedSentence s, int token) {
    return s.children(token, Set.of("case", "mark")).stream()
        .anyMatch(c -> PREDICATE_PREPOSITIONS.contains(s.lemma(c)));
  }

  /** "according to X, clause" and "clause, as per X": the clause X modifies, without X. */
  private Optional<Span> prepositionContent(ParsedSentence s, Cue cue, List<Cue> cues) {
    int source = s.governor(cue.head());
    int host = source == 0 ? 0 : s.governor(source);
    if (host == 0 || CueSites.belongsToCue(cues, s, host)) {
      return Optional.empty();
    }
    int[] range = s.subtree(host, Set.of(), source);
    int[] sourceRange = s.subtree(source, Set.of(), 0);
    if (cue.head() > host) {
      range[1] = Math.min(range[1], cue.head() - 1);
    } else {
      range[0] = Math.max(range[0], sourceRange[1] + 1);
    }
    return span(s, dropAsides(s, host, range, cues));
  }

  private Optional<Span> clause(ParsedSentence s, int head, int without, List<Cue> cues) {
    if (head == 0) {
      return Optional.empty();
    }
    int[] range = s.subtree(head, Set.of(), without);
    if (without != 0) {
      // the range runs from the first to the last token kept: keep it off the left-out part
      int[] left = s.subtree(without, Set.of(), 0);
      if (left[0] > head) {
        range[1] = Math.min(range[1], left[0] - 1);
      } else {
        range[0] = Math.max(range[0], left[1] + 1);
      }
    }
    return span(s, dropAsides(s, head, range, cues));
  }

  /** The characters of a token range of at least two tokens. */
  static Optional<Span> span(ParsedSentence s, int[] range) {
    if (range[0] == 0 || range[1] - range[0] < 1) {
      return Optional.empty();
    }
    return Optional.of(s.span(range[0], range[1]));
  }

  /**
   * Cuts parenthetical cues off the edges of a clause: "..., as Mr. Putin put it", "..., pointing
   * out that ...", "..., which the leader referred to as ...", "..., as per a statement". A
   * subordinate clause with a subject of its own ("should the CCP continue to ...") is part of the
   * content.
   */
  private static int[] dropAsides(ParsedSentence s, int head, int[] range, List<Cue> cues) {
    int first = range[0];
    int last = range[1];
    for (Cue cue : cues) {
      int aside = cue.role() == Cue.SourceLink.PREPOSITION ? s.governor(cue.head()) : cue.head();
      if (cue.sentence() != s.index()
          || aside == head
          || aside < first
          || aside > last
          || (cue.role() == Cue.SourceLink.VERB
              && !isAside(s, aside)
              && CoordinatedCues.outerVerb(s, cue) == 0)) {
        continue;
      }
      int[] sub = s.subtree(aside, Set.of(), 0);
      if (sub[1] >= last && sub[0] > first) {
        last = sub[0] - 1;
      } else if (sub[0] <= first && sub[1] < last) {
        first = sub[1] + 1;
      }
    }
    return s.withoutEdgePunctuation(first, last);
  }

  private static boolean isAside(ParsedSentence s, int cueHead) {
    String relation = s.relation(cueHead);
    if (!ASIDES.contains(relation)) {
      return false;
    }
    if (isAsClause(s, cueHead) || relation.equals("acl:relcl") || relation.equals("parataxis")) {
      return true;
    }
    // "..., pointing out that ...", but neither "by adding a few ..." nor "should X continue to"
    return s.child(cueHead, CLAUSAL) != 0
        && (!relation.equals("advcl") || s.child(cueHead, SUBJECT) == 0);
  }

  /** "as X put it", "as he said": a cue verb marked by "as". */
  private static boolean isAsClause(ParsedSentence s, int verb) {
    return s.children(verb, Set.of("mark")).stream().anyMatch(m -> s.lemma(m).equals("as"));
  }
}
