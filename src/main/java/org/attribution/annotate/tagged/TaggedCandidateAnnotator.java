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
import org.attribution.annotate.phrase.TagPhrases;
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
import org.attribution.lexicon.WordList;
import org.attribution.tagger.TaggedSpan;

/**
 * Turns each attribution {@link TaggedSpanLinker} linked into a candidate, reading the words under
 * its spans: each source becomes a speaker, or a document when its head word is a document noun
 * ({@code models/document-nouns.txt}: {@code a Kremlin statement}). The head of a source is its
 * last word before a preposition, a relative pronoun or a comma ({@code Pollak} of {@code Joel
 * Pollak of Breitbart}), which is what canonical names are resolved from. A cue without a source in
 * its own sentence takes its verb's subject where it has one, and a source cut at a preposition
 * runs on over its object ({@link UntaggedSource}). The cue's kind comes from the cue lexicon, else
 * from the content (speech when quoted, a claim otherwise); the confidence is the tagger's, over
 * the content's parts and the cue. Needs the linked spans, the tagged spans' probabilities and the
 * sentence views with part-of-speech tags, lemmas and entities; adds candidates with their content
 * parts ({@link ContentPartsAnnotation}) and marks speakers, documents and continuing quotes
 * linked, as the linker has linked them.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaggedCandidateAnnotator extends ContractAnnotator {

  private static final Set<String> TITLE_JOINERS = Set.of("of", "the", "a", "an");
  private static final Set<String> HEAD_ENDS =
      Set.of("IN", "WP", "WDT", ",", "-LRB-", "TO", "VBN", "VBG");

  private final CueLexicon cues;
  private final WordList documentNouns;

  public TaggedCandidateAnnotator(CueLexicon cues, WordList documentNouns) {
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
          Mention mention = new Mention(source, at.index(), head(at, source));
          candidate =
              isDocument(at, mention.head())
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
    int first = tokenIn(s, tagged, true);
    int last = tokenIn(s, tagged, false);
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
   * The source's head: the last word of a person's name that titles lead to ({@code Blinken} of
   * {@code U.S. Secretary of State Antony Blinken}), else its last token before a preposition,
   * relative pronoun, participle or comma ({@code statistics} of {@code statistics issued in}), a
   * possessive mark at its end left out and the owner before one inside skipped ({@code report} of
   * {@code The Bank of Canada's latest report}).
   */
  static int head(ParsedSentence s, Span source) {
    int first = tokenIn(s, source, true);
    int last = tokenIn(s, source, false);
    if (last > first && s.tag(last).equals("POS")) {
      last--; // "Trump's" of "Trump's remarks" is Trump
    }
    int titled = titledName(s, first, last);
    if (titled > 0) {
      return titled;
    }
    first = afterOwner(s, first, last);
    for (int i = first + 1; i <= last; i++) {
      if (HEAD_ENDS.contains(s.tag(i))) {
        return i - 1;
      }
    }
    return last;
  }

  /**
   * The first token after the owner that opens the source ({@code The Bank of Canada's} of {@code
   * The Bank of Canada's latest report}), whose words hold no head; {@code first} when the source
   * opens with no owner.
   */
  private static int afterOwner(ParsedSentence s, int first, int last) {
    for (int i = first; i < last; i++) {
      if (s.tag(i).equals("POS")) {
        return i > first ? i + 1 : first;
      }
      if (!TagPhrases.isPhraseTag(s.tag(i)) && !s.word(i).equals("of")) {
        return first;
      }
    }
    return first;
  }

  /**
   * The last token of the first person's name among tokens {@code first..last} when only
   * capitalized words, articles and {@code of} come before it (a title: {@code Chinese Communist
   * Leader}, {@code Secretary of State}); 0 otherwise.
   */
  private static int titledName(ParsedSentence s, int first, int last) {
    int i = first;
    while (i <= last && !s.ner(i).equals("PERSON")) {
      String word = s.word(i);
      if (word.isEmpty()
          || !(Character.isUpperCase(word.codePointAt(0)) || TITLE_JOINERS.contains(word))) {
        return 0;
      }
      i++;
    }
    if (i > last) {
      return 0;
    }
    while (i < last && s.ner(i + 1).equals("PERSON")) {
      i++;
    }
    return i < last && s.tag(i + 1).equals("POS") ? 0 : i; // "Reid's deputy" is not Reid
  }

  private boolean isDocument(ParsedSentence s, int head) {
    return s.tag(head).startsWith("NN")
        && !s.tag(head).startsWith("NNP")
        && (documentNouns.contains(s.word(head)) || documentNouns.contains(s.lemma(head)));
  }

  /**
   * The first (or last) token of {@code s} that overlaps {@code span}; the sentence's edge if none.
   */
  private static int tokenIn(ParsedSentence s, Span span, boolean first) {
    int found = first ? s.firstTokenIn(span) : s.lastTokenIn(span);
    return found > 0 ? found : first ? 1 : s.size();
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
