package org.attribution.annotate.content;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.annotate.cue.CueSites;
import org.attribution.annotate.quote.QuoteOrder;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CuesAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Cue;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.Interrupts;
import org.attribution.internal.ParsedSentence;

/**
 * Finds what each cue attributes: the complement clause of a cue verb ({@code said that ...},
 * {@code promised to ...}), the clause that {@code according to X} modifies, the clause a
 * parenthetical cue interrupts ({@code ..., he said}), or the quote a cue stands next to ({@code as
 * he put it}, {@code referred to as "..."}, a colon). Quoted passages decide the type: content that
 * is one quote is {@link AttributionType#DIRECT} (extended to the whole quote when it runs over
 * sentences), content that embeds one is {@link AttributionType#MIXED}. A cue with no content is
 * dropped, and so is an {@code according to} that only names the medium of another cue's content.
 * Needs the cues, quoted spans and parse; adds {@link CandidatesAnnotation}.
 */
public final class ContentAnnotator extends ContractAnnotator {

  /**
   * What may stand between a cue and the quote that resumes after it, in the same paragraph: "she
   * said, clapping. ", "he said, but ", "said Douglas Holtz-Eakin, an economist ... group. ".
   */
  private static final Pattern RESUMES =
      Pattern.compile("[^\\n\"\u201c\u201d]{0,250}[.!?,:;][ \\t\u00a0]*");

  /** What may stand between a quote broken off by a comma and the cue after it: its subject. */
  private static final Pattern INTERRUPTING_SUBJECT =
      Pattern.compile("[ \t ]*([^\n\"“”.!?,;:]{1,60}[ \t ]+)?");

  private final ContentLocator finder;

  /** Finds content over the dependency parse. */
  public ContentAnnotator() {
    this(new ContentFinder());
  }

  private ContentAnnotator(ContentLocator finder) {
    this.finder = finder;
  }

  /** Finds content over tags and punctuation, for pipelines without a parse. */
  public static ContentAnnotator overTags() {
    return new ContentAnnotator(new FastContentFinder());
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<QuotedSpan> quotes = annotation.get(QuotedSpansAnnotation.class);
    List<Cue> cues = annotation.get(CuesAnnotation.class);
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    List<Candidate> candidates = new ArrayList<>();
    for (Cue cue : cues) {
      Interrupts.check();
      ParsedSentence sentence = sentences.get(cue.sentence());
      finder
          .content(sentence, cue, CueSites.inSentence(cues, cue.sentence()), quotes, text)
          .map(found -> typed(found, cue, quotes, text))
          .map(c -> withResumedQuote(c, quotes, text))
          .map(c -> withInterruptedQuote(c, quotes, text))
          .ifPresent(candidates::add);
    }
    annotation.set(CandidatesAnnotation.class, withoutQuotedCues(candidates, quotes));
  }

  /**
   * Drops candidates whose cue stands inside a quote that another candidate attributes: in "“Does
   * anybody know what ...?” Graham asked", Graham asks; the quote's own "know" attributes nothing
   * to anybody.
   */
  private static List<Candidate> withoutQuotedCues(
      List<Candidate> candidates, List<QuotedSpan> quotes) {
    List<Candidate> kept = new ArrayList<>();
    boolean[] nested = Candidate.cuesNested(candidates);
    for (int i = 0; i < candidates.size(); i++) {
      Span cue = candidates.get(i).cue().span();
      QuotedSpan around = QuoteOrder.around(quotes, cue);
      if (!nested[i] || around == null || !around.inner().contains(cue)) {
        kept.add(candidates.get(i));
      }
    }
    return List.copyOf(kept);
  }

  private static Candidate typed(
      LocatedContent found, Cue cue, List<QuotedSpan> quotes, String text) {
    Span clause = found.span();
    Span content = clause;
    boolean embedsQuote = false;
    for (QuotedSpan quote : QuoteOrder.near(quotes, clause)) {
      if (!quote.outer().overlaps(clause)) {
        continue;
      }
      if (isOnlyQuote(clause, quote, text)) {
        // "said that “...”" keeps its complementizer, as news attribution corpora annotate it
        Span direct =
            clause.begin() < quote.outer().begin()
                ? Span.of(clause.begin(), Math.max(clause.end(), quote.outer().end()))
                : quote.inner();
        return candidate(cue, direct, AttributionType.DIRECT, found.rule());
      }
      content = content.union(quote.outer());
      embedsQuote = true;
    }
    AttributionType type = embedsQuote ? AttributionType.MIXED : AttributionType.INDIRECT;
    return candidate(cue, content, type, found.rule());
  }

  /**
   * "“Here he is,” she said. “Donald's here.”" and "“...,” he said, “and ...”": a quote that
   * resumes right after a cue placed inside the quotation is part of the same content, cue and all.
   */
  private static Candidate withResumedQuote(Candidate c, List<QuotedSpan> quotes, String text) {
    Span cue = c.cue().span();
    if (c.type() != AttributionType.DIRECT || c.content().end() > cue.begin()) {
      return c;
    }
    QuotedSpan next = QuoteOrder.firstFrom(quotes, cue.end());
    return next != null && RESUMES.matcher(text).region(cue.end(), next.outer().begin()).matches()
        ? Candidate.of(
            c.sentence(),
            c.cue(),
            c.content().union(next.inner()),
            c.type(),
            c.rule(),
            c.confidence())
        : c;
  }

  /**
   * "“Every time you say that,” Warren said, “you give ammunition ...”": a quote after the cue
   * continues the quote that breaks off with a comma right before the cue and its subject, so both
   * are the content.
   */
  private static Candidate withInterruptedQuote(Candidate c, List<QuotedSpan> quotes, String text) {
    Span cue = c.cue().span();
    if (c.type() != AttributionType.DIRECT || c.content().begin() < cue.end()) {
      return c;
    }
    QuotedSpan before = QuoteOrder.lastEndingBy(quotes, cue.begin());
    if (before == null || !endsWithComma(text, before.inner())) {
      return c;
    }
    return INTERRUPTING_SUBJECT.matcher(text).region(before.outer().end(), cue.begin()).matches()
        ? Candidate.of(
            c.sentence(),
            c.cue(),
            before.inner().union(c.content()),
            c.type(),
            c.rule(),
            c.confidence())
        : c;
  }

  /** True when the last character of {@code span} that is not whitespace is a comma. */
  private static boolean endsWithComma(String text, Span span) {
    int end = span.end();
    while (end > span.begin() && Character.isWhitespace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return end > span.begin() && text.charAt(end - 1) == ',';
  }

  /**
   * True when the clause is one quote, give or take a complementizer, spaces and punctuation; the
   * clause may also lie inside a quote that runs past its sentence.
   */
  private static boolean isOnlyQuote(Span clause, QuotedSpan quote, String text) {
    Span outer = quote.outer();
    String before = text.substring(clause.begin(), Math.max(clause.begin(), outer.begin()));
    String after = text.substring(Math.min(clause.end(), outer.end()), clause.end());
    return (before + after)
        .replaceFirst("^\\s*that\\b", "")
        .codePoints()
        .noneMatch(Character::isLetterOrDigit);
  }

  /** A candidate not scored yet: the cue classifier gives it its confidence. */
  private static Candidate candidate(
      Cue cue, Span content, AttributionType type, ContentRule rule) {
    return Candidate.of(cue.sentence(), cue, content, type, rule, 1.0);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class, CuesAnnotation.class, QuotedSpansAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(CandidatesAnnotation.class);
  }
}
