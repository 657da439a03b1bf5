package org.attribution.annotate.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.annotate.quote.QuoteNeighbours;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.Cue;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;
import org.attribution.internal.QuoteMarks;

/**
 * Locates the content of a cue from part-of-speech tags and punctuation alone, for pipelines
 * without a parse: "X said (that) CLAUSE." gives the rest of the sentence, "CLAUSE, X said." what
 * stands before the comma, "CLAUSE, X said, CLAUSE" the whole sentence (in parts around the frame),
 * "according to X, CLAUSE" what follows X's comma, and a quote next to the cue or before it and its
 * subject is the content itself; punctuation cues are left to {@link ContentFinder}, which needs no
 * parse for them. Stateless and thread-safe.
 */
final class FastContentFinder implements ContentLocator {

  /** Tags that open a clause after a cue: "said the plan was ...", "said he would ...". */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("PRP", "DT", "NN", "NNS", "NNP", "NNPS", "EX", "CD", "JJ", "PRP$", "PDT");

  /** How far past the cue a "that" may open the content: "told reporters on Monday that". */
  private static final int MAX_THAT_DISTANCE = 8;

  private static final int MAX_SUBJECT_TO_VERB = 15;

  private final ContentFinder punctuation = new ContentFinder();

  @Override
  public Optional<LocatedContent> content(
      ParsedSentence s, Cue cue, List<Cue> cues, List<QuotedSpan> quotes, String text) {
    return switch (cue.role()) {
      case VERB -> verbContent(s, cue, quotes, text);
      case PREPOSITION -> found(prepositionContent(s, cue), ContentRule.PREPOSITION);
      // punctuation cues find their content without the parse
      case COLON, SIGN_OFF -> punctuation.content(s, cue, cues, quotes, text);
    };
  }

  private static Optional<LocatedContent> verbContent(
      ParsedSentence s, Cue cue, List<QuotedSpan> quotes, String text) {
    int verb = cue.head();
    int last = lastToken(s, cue);
    TagPhrases.Subject subject = TagPhrases.subject(s, verb, last);
    int beforeSubject =
        subject == null ? verb - 1 : subject.inverted() ? verb - 1 : subject.first() - 1;
    if (beforeSubject >= 1 && s.lemma(beforeSubject).equals("as")) {
      return found(
          QuoteNeighbours.nearestQuoteBefore(cue.span(), quotes, s.span()), ContentRule.AS_QUOTE);
    }
    int next = (subject != null && subject.inverted() ? subject.last() : last) + 1;
    int clause = subject != null && subject.inverted() ? 0 : clauseStart(s, next);
    if (clause != 0) {
      return found(rest(s, clause), ContentRule.CLAUSE);
    }
    if (cue.kind() == CueKind.CLAIM
        && next < s.size()
        && s.word(next).equals("to")
        && s.tag(next + 1).equals("VB")) {
      return found(rest(s, next), ContentRule.INFINITIVE);
    }
    if (beforeSubject >= 3 && s.word(beforeSubject).equals(",")) {
      return isInterrupting(s, next)
          ? found(rest(s, 1), ContentRule.INTERRUPTED)
          : found(span(s, s.withoutEdgePunctuation(1, beforeSubject - 1)), ContentRule.FRONTED);
    }
    if (cue.objectIsContent() && TagPhrases.phraseEnd(s, next) != 0) {
      return found(upToComma(s, next), ContentRule.OBJECT);
    }
    return found(QuoteNeighbours.quoteAfter(cue.span(), quotes, text), ContentRule.QUOTE_AFTER)
        .or(
            () ->
                found(
                    QuoteNeighbours.quoteBefore(subjectSpan(s, subject), cue.span(), quotes, text),
                    ContentRule.QUOTE_BEFORE));
  }

  /**
   * Where the content after a cue starts: at a "that" a few words on, at an opening quote mark, or
   * at a subject followed by a finite verb, a colon after the cue skipped ({@code said: "We hope
   * so."}); 0 when no clause follows.
   */
  private static int clauseStart(ParsedSentence s, int cueEnd) {
    int next = cueEnd <= s.size() && s.word(cueEnd).equals(":") ? cueEnd + 1 : cueEnd;
    for (int i = next; i <= s.size() && i < next + MAX_THAT_DISTANCE && !s.isPunctuation(i); i++) {
      if (s.word(i).equalsIgnoreCase("that") && !s.tag(i).equals("DT")) {
        return i;
      }
    }
    if (next > s.size()) {
      return 0;
    }
    if (QuoteMarks.isQuoteMarkToken(s.word(next))) {
      return next;
    }
    if (!CLAUSE_OPENERS.contains(s.tag(next))) {
      return 0;
    }
    for (int i = next + 1; i <= s.size() && i <= next + MAX_SUBJECT_TO_VERB; i++) {
      if (TagPhrases.isFinite(s.tag(i))) {
        return next;
      }
      if (s.word(i).equals(",")) {
        return 0;
      }
    }
    return 0;
  }

  /** "according to X, clause" and "clause, according to X": the clause on the other side of X. */
  private static Optional<Span> prepositionContent(ParsedSentence s, Cue cue) {
    int first = cue.head();
    int last = lastToken(s, cue);
    int source = TagPhrases.phraseEnd(s, last + 1);
    if (first > 3 && s.word(first - 1).equals(",")) {
      return source != 0 && isInterrupting(s, source + 1)
          ? rest(s, 1)
          : span(s, s.withoutEdgePunctuation(1, first - 2));
    }
    if (source != 0 && source + 2 <= s.size() && s.word(source + 1).equals(",")) {
      return rest(s, source + 2);
    }
    return Optional.empty();
  }

  /**
   * True when a comma at token {@code comma} closes a frame set off inside its sentence ("The
   * failings, the report said, are outweighed"), so the sentence goes on after it.
   */
  private static boolean isInterrupting(ParsedSentence s, int comma) {
    return comma + 1 < s.size() && s.word(comma).equals(",");
  }

  private static Span subjectSpan(ParsedSentence s, TagPhrases.Subject subject) {
    return subject == null || subject.inverted() ? null : s.span(subject.first(), subject.last());
  }

  private static int lastToken(ParsedSentence s, Cue cue) {
    int last = s.tokenAt(cue.span().end() - 1);
    return last < cue.head() ? cue.head() : last;
  }

  /** From token {@code first} to the end of the sentence. */
  private static Optional<Span> rest(ParsedSentence s, int first) {
    return span(s, s.withoutEdgePunctuation(first, s.size()));
  }

  /** From token {@code first} to the next comma or the end of the sentence. */
  private static Optional<Span> upToComma(ParsedSentence s, int first) {
    int last = first;
    while (last < s.size() && !s.word(last + 1).equals(",")) {
      last++;
    }
    return span(s, s.withoutEdgePunctuation(first, last));
  }

  private static Optional<Span> span(ParsedSentence s, int[] range) {
    if (range[0] < 1 || range[1] - range[0] < 1) {
      return Optional.empty();
    }
    return Optional.of(s.span(range[0], range[1]));
  }

  private static Optional<LocatedContent> found(Optional<Span> span, ContentRule rule) {
    return span.map(found -> new LocatedContent(found, rule));
  }
}
