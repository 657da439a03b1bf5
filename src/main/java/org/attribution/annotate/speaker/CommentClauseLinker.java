package org.attribution.annotate.speaker;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.CommentClausesLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.SpeakersLinkedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Cue;
import org.attribution.annotation.Mention;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.CueReliability;

/**
 * Gives a quote to the speaker of a comment clause beside it, whatever found the other spans: after
 * the quote ({@code "...multipolar realities," as Mr. Putin put it}) or before it ({@code As the
 * minister put it, "..."}), with {@code put it}, {@code said}, {@code wrote} and the like as the
 * cue. The clause is short and its words fixed, so the rule is precise; it is what a tagger with
 * one label per word cannot give when the quote lies inside another attribution's content ({@code
 * According to a Kremlin statement, ...}). A quote whose clause's cue another candidate already
 * holds, or that a cued candidate already has as its content, is left alone; a cue-less candidate
 * of the quote (a continuation) gives way. Its confidence is what the cue model gives the cue's
 * lemmas with {@link ContentRule#AS_QUOTE}.
 *
 * <p>Needs linked speakers, sentences and quotes; adds candidates, in sentence order, before
 * canonical names are resolved. Immutable and thread-safe.
 */
public final class CommentClauseLinker extends ContractAnnotator {

  private static final String VERB =
      "(?:(?:has |had )?put it|puts it|said|says|wrote|writes|noted|notes|observed|remarked"
          + "|explained|argued|told|tweeted|declared|stated|(?:called|described|phrased) it)";

  /**
   * A speaker: a pronoun, or up to five words, the first a determiner or a capitalized word ({@code
   * Mr. Putin}, {@code the minister}, {@code one resident}).
   */
  private static final String SPEAKER =
      "(?:he|she|they|we|I|(?:the|a|an|one|his|her|their|its|our|my|[A-Z][\\p{L}.'\u2019&-]*)"
          + "(?: [\\p{L}][\\p{L}.'\u2019&-]*){0,4}?)";

  /** The clause right after a quote's closing mark: {@code , as Mr. Putin put it}. */
  private static final Pattern AFTER =
      Pattern.compile("\\G[ \\t]*,?[ \\t]*as (" + SPEAKER + ") (" + VERB + ")\\b");

  /** The clause before a quote, up to its opening mark: {@code As he put it in May, "}. */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[Aa]s ("
              + SPEAKER
              + ") ("
              + VERB
              + ")\\b[^,:;\"\u201c\u201d\\n]{0,40}[,:][ \\t]*$");

  /** Words that make {@code as ... said} something else than a comment clause. */
  private static final Set<String> NOT_IN_SPEAKER =
      Set.of(
          "as",
          "if",
          "so",
          "well",
          "much",
          "many",
          "long",
          "soon",
          "far",
          "is",
          "was",
          "were",
          "are",
          "has",
          "have",
          "had",
          "be",
          "been",
          "will",
          "would",
          "could",
          "can",
          "should",
          "may",
          "might",
          "not",
          "that",
          "which",
          "who",
          "it",
          "this",
          "what",
          "when",
          "expected",
          "usual",
          "always",
          "ever",
          "before",
          "previously",
          "already",
          "also",
          "often",
          "once");

  /** How far before a quote a comment clause may begin. */
  private static final int MAX_CLAUSE_BEFORE = 120;

  private final CueReliability reliability;

  public CommentClauseLinker(CueReliability reliability) {
    this.reliability = reliability;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    List<Candidate> candidates = new ArrayList<>(annotation.get(CandidatesAnnotation.class));
    for (QuotedSpan quote : annotation.get(QuotedSpansAnnotation.class)) {
      Matcher m = clause(quote, text);
      if (m == null || isAttributed(quote, m, candidates)) {
        continue;
      }
      Candidate found = candidate(quote, m, sentences, candidates);
      if (found != null) {
        candidates.removeIf(c -> c.cue() == null && c.content().overlaps(quote.inner()));
        int at = 0;
        while (at < candidates.size() && candidates.get(at).sentence() <= found.sentence()) {
          at++;
        }
        candidates.add(at, found);
      }
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(candidates));
    annotation.set(CommentClausesLinkedAnnotation.class, true);
  }

  /** The comment clause after the quote, else before it; null when neither is there. */
  private static Matcher clause(QuotedSpan quote, String text) {
    Matcher after = AFTER.matcher(text);
    after.region(quote.outer().end(), text.length());
    if (after.find() && isSpeaker(after.group(1))) {
      return after;
    }
    Matcher before = BEFORE.matcher(text);
    before.region(Math.max(0, quote.outer().begin() - MAX_CLAUSE_BEFORE), quote.outer().begin());
    return before.find() && isSpeaker(before.group(1)) ? before : null;
  }

  private static boolean isSpeaker(String words) {
    for (String word : words.split(" ")) {
      if (NOT_IN_SPEAKER.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether another candidate already holds the clause's cue, or has a cue and the quote as its
   * content.
   */
  private static boolean isAttributed(QuotedSpan quote, Matcher m, List<Candidate> candidates) {
    Span cue = Span.of(m.start(2), m.end(2));
    return candidates.stream()
        .anyMatch(
            c ->
                c.cue() != null
                    && (c.cue().span().overlaps(cue) || quote.outer().contains(c.content())));
  }

  private Candidate candidate(
      QuotedSpan quote, Matcher m, List<ParsedSentence> sentences, List<Candidate> others) {
    ParsedSentence s = sentenceOf(sentences, m.start(2));
    int verb = s == null ? -1 : s.tokenAt(m.start(2));
    int lastVerb = s == null ? -1 : s.tokenAt(m.end(2) - 1);
    int head = s == null ? -1 : s.tokenAt(m.end(1) - 1);
    if (verb < 1 || lastVerb < verb || head < 1) {
      return null;
    }
    Span cueSpan = Span.of(m.start(2), m.end(2));
    List<String> lemmas = new ArrayList<>();
    for (int i = verb; i <= lastVerb; i++) {
      lemmas.add(s.lemma(i));
    }
    String entry = String.join(" ", lemmas);
    boolean nested = others.stream().anyMatch(c -> c.content().contains(cueSpan));
    Cue cue = new Cue(s.index(), verb, cueSpan, entry, CueKind.SPEECH, Cue.SourceLink.VERB, false);
    Mention speaker = new Mention(Span.of(m.start(1), m.end(1)), s.index(), head);
    return Candidate.of(
            s.index(),
            cue,
            quote.inner(),
            AttributionType.DIRECT,
            ContentRule.AS_QUOTE,
            reliability.probability(entry, ContentRule.AS_QUOTE, nested))
        .withSpeaker(speaker);
  }

  /** The sentence holding {@code offset}, found by binary search; null when none does. */
  private static ParsedSentence sentenceOf(List<ParsedSentence> sentences, int offset) {
    int at = BinarySearch.first(0, sentences.size(), i -> sentences.get(i).span().end() > offset);
    return at < sentences.size() && sentences.get(at).span().begin() <= offset
        ? sentences.get(at)
        : null;
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        CandidatesAnnotation.class,
        SpeakersLinkedAnnotation.class,
        QuotedSpansAnnotation.class,
        ParsedSentencesAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(CommentClausesLinkedAnnotation.class);
  }
}
