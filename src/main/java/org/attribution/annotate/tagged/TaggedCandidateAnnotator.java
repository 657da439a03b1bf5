package org.attribution.annotate.tagged;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.annotate.tagged.TaggedSpanAnnotator.TaggedSpansAnnotation;
import org.attribution.annotate.tagged.TaggedSpanLinker.LinkedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.CandidatesAnnotation;
import org.attribution.annotation.AttributionAnnotations.ContentPartsAnnotation;
import org.attribution.annotation.AttributionAnnotations.ContinuationsLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.DocumentsLinkedAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.SpeakersLinkedAnnotation;
import org.attribution.annotation.Candidate;
import org.attribution.annotation.ContentRule;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Cue;
import org.attribution.annotation.Mention;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.ParsedSentence;
import org.attribution.internal.QuoteMarks;
import org.attribution.lexicon.CueEntry;
import org.attribution.lexicon.CueLexicon;
import org.attribution.lexicon.DocumentNouns;
import org.attribution.tagger.TaggedSpan;

/**
 * Turns each attribution {@link TaggedSpanLinker} linked into a candidate, reading the words under
 * its spans: each source becomes a speaker, or a document when its head word ({@link SourceHead})
 * is a document noun ({@code models/document-nouns.txt}: {@code a Kremlin statement}). A cue
 * without a source in its own sentence takes its verb's subject where it has one, and a source cut
 * at a preposition runs on over its object ({@link UntaggedSource}). The cue's kind comes from the
 * cue lexicon, else from the content (speech when quoted, a claim otherwise); the confidence is the
 * tagger's, over the content's parts and the cue. Needs the linked spans, the tagged spans'
 * probabilities and the sentence views with part-of-speech tags, lemmas and entities; adds
 * candidates with their content parts ({@link ContentPartsAnnotation}) and marks speakers,
 * documents and continuing quotes linked, as the linker has linked them.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaggedCandidateAnnotator extends ContractAnnotator {

  private final CueLexicon cues;
  private final DocumentNouns documentNouns;

  public TaggedCandidateAnnotator(CueLexicon cues, DocumentNouns documentNouns) {
    this.cues = cues;
    this.documentNouns = documentNouns;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<ParsedSentence> sentences = annotation.get(ParsedSentencesAnnotation.class);
    List<TaggedSpan> tagged = annotation.get(TaggedSpansAnnotation.class);
    List<Span> sentenceSpans = sentences.stream().map(ParsedSentence::span).toList();
    List<Candidate> candidates = new ArrayList<>();
    Map<Span, List<Span>> parts = new HashMap<>();
    for (LinkedSpans linked : annotation.get(LinkedSpansAnnotation.class)) {
      Span anchor = linked.cue() != null ? linked.cue() : linked.content();
      ParsedSentence s = sentenceAt(sentences, sentenceSpans, anchor.begin());
      if (s == null) {
        continue;
      }
      AttributionType type = typeOf(text, linked.parts());
      Cue cue = linked.cue() == null ? null : cue(s, linked.cue(), type, text);
      double confidence =
          linked.parts().stream().mapToDouble(p -> probability(tagged, p)).average().orElse(1)
              * (cue == null
                  ? probability(tagged, linked.source())
                  : probability(tagged, linked.cue()));
      Candidate candidate =
          Candidate.of(s.index(), cue, linked.content(), type, rule(linked), confidence);
      Span source = linked.source();
      // the linker falls back on a source of the sentence before; the cue's own subject comes
      // first ("Judge blocks sale" above "A judge on Friday halted the sale, ruling that ...")
      if (linked.cue() != null && (source == null || !s.span().overlaps(source))) {
        Span subject = UntaggedSource.subject(s, linked.cue(), linked.content());
        source = subject != null ? subject : source;
      }
      if (source != null) {
        ParsedSentence at = sentenceAt(sentences, sentenceSpans, source.begin());
        if (at != null) {
          source = UntaggedSource.completed(at, source);
          Mention mention = new Mention(source, at.index(), SourceHead.of(at, source));
          candidate =
              documentNouns.isDocument(at, mention.head())
                  ? candidate.withDocument(mention)
                  : candidate.withSpeaker(mention);
        }
      }
      candidates.add(candidate);
      parts.put(linked.content(), linked.parts());
    }
    annotation.set(CandidatesAnnotation.class, List.copyOf(candidates));
    annotation.set(ContentPartsAnnotation.class, Map.copyOf(parts));
    annotation.set(SpeakersLinkedAnnotation.class, true);
    annotation.set(DocumentsLinkedAnnotation.class, true);
    annotation.set(ContinuationsLinkedAnnotation.class, true);
  }

  /**
   * The probability of the tagged span that is or holds {@code span} (a part the linker cut from
   * it); 1 when none does. The tagger gives one role per piece, so its spans are in text order and
   * disjoint: the one that may hold {@code span} is the last to begin at or before it.
   */
  private static double probability(List<TaggedSpan> tagged, Span span) {
    if (span == null) {
      return 1;
    }
    int after =
        BinarySearch.first(0, tagged.size(), i -> tagged.get(i).span().begin() > span.begin());
    return after > 0 && tagged.get(after - 1).span().contains(span)
        ? tagged.get(after - 1).probability()
        : 1;
  }

  private Cue cue(ParsedSentence s, Span tagged, AttributionType type, String text) {
    int first = SourceHead.tokenIn(s, tagged, true);
    int last = SourceHead.tokenIn(s, tagged, false);
    Span span = tagged;
    int[] whole = prepositionalCue(cues, s, first, last);
    boolean prepositional = whole != null;
    if (prepositional) {
      first = whole[0];
      last = whole[1];
      span = s.span(first, last);
    }
    int head = first;
    for (int i = first; i <= last; i++) {
      if (s.tag(i).startsWith("VB") || s.tag(i).equals("IN")) {
        head = i;
        break;
      }
    }
    CueKind kind = type == AttributionType.INDIRECT ? CueKind.CLAIM : CueKind.SPEECH;
    for (int i = first; i <= last; i++) {
      var entry = cues.longestMatch(s::lemma, k -> s.word(k).toLowerCase(Locale.ROOT), i, last + 1);
      if (entry.isPresent()) {
        kind = entry.map(CueEntry::kind).get();
        break;
      }
    }
    Cue.SourceLink role =
        prepositional || s.word(head).equalsIgnoreCase("according")
            ? Cue.SourceLink.PREPOSITION
            : Cue.SourceLink.VERB;
    return new Cue(
        s.index(), head, span, span.in(text).toLowerCase(Locale.ROOT), kind, role, false);
  }

  /**
   * The tokens of the prepositional cue of the lexicon that the cue tokens {@code first} to {@code
   * last} are part of: the tagger may tag {@code per} of {@code as per}, {@code according} of
   * {@code according to}; null when they are part of none.
   */
  static int[] prepositionalCue(CueLexicon cues, ParsedSentence s, int first, int last) {
    for (int start = Math.max(1, first - 2); start <= first; start++) {
      var entry =
          cues.longestMatch(
              s::lemma,
              k -> s.word(k).toLowerCase(Locale.ROOT),
              start,
              Math.min(s.size(), last + 2) + 1);
      if (entry.isPresent()
          && entry.get().frame() == CueEntry.Frame.PREPOSITION
          && start + entry.get().length() > first) {
        return new int[] {start, Math.max(last, start + entry.get().length() - 1)};
      }
    }
    return null;
  }

  /**
   * The last sentence beginning at or before {@code offset}, or null; found by binary search over
   * {@code spans}, the sentences' spans in order.
   */
  private static ParsedSentence sentenceAt(
      List<ParsedSentence> sentences, List<Span> spans, int offset) {
    int after = BinarySearch.first(0, spans.size(), i -> spans.get(i).begin() > offset);
    return after == 0 ? null : sentences.get(after - 1);
  }

  /** Direct when every part is a quote, mixed when a quote mark stands inside, else indirect. */
  private static AttributionType typeOf(String text, List<Span> parts) {
    boolean allQuoted = true;
    boolean anyQuote = false;
    for (Span part : parts) {
      String s = part.in(text).strip();
      allQuoted &=
          !s.isEmpty()
              && QuoteMarks.isQuoteMark(s.charAt(0))
              && s.chars().skip(1).anyMatch(QuoteMarks::isQuoteMark);
      anyQuote |= s.chars().anyMatch(c -> QuoteMarks.isQuoteMark(c) && c != '\'' && c != '\u2019');
    }
    return allQuoted
        ? AttributionType.DIRECT
        : anyQuote ? AttributionType.MIXED : AttributionType.INDIRECT;
  }

  private static ContentRule rule(LinkedSpans linked) {
    if (linked.cue() == null) {
      return ContentRule.CONTINUATION;
    }
    if (linked.parts().size() > 1) {
      return ContentRule.INTERRUPTED;
    }
    return linked.content().begin() < linked.cue().begin()
        ? ContentRule.FRONTED
        : ContentRule.CLAUSE;
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        LinkedSpansAnnotation.class,
        TaggedSpansAnnotation.class,
        ParsedSentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(
        CandidatesAnnotation.class,
        ContentPartsAnnotation.class,
        SpeakersLinkedAnnotation.class,
        DocumentsLinkedAnnotation.class,
        ContinuationsLinkedAnnotation.class);
  }
}
