package org.attribution.annotate.tagged;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.Span;
import org.attribution.annotate.tagged.TaggedSpanAnnotator.TaggedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.CueEntry;
import org.attribution.lexicon.CueLexicon;
import org.attribution.tagger.SpanRole;
import org.attribution.tagger.TaggedSpan;

/**
 * Adds the prepositional cue of the lexicon ({@code as per X}, {@code according to X}) that the
 * learned tagger left out of a sentence where it marked content but no cue, with the words after it
 * up to the comma or the sentence's end as its source: {@code As per the BMC's estimate, the work
 * will cost Rs 1,200 crore}. The tagger learned from US news, which rarely writes {@code as per};
 * the rules know it. Needs the tagged spans and the sentence views with lemmas; adds to {@link
 * TaggedSpansAnnotation} spans scored as the content they serve.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrepositionalCueAnnotator extends ContractAnnotator {

  private final CueLexicon cues;

  public PrepositionalCueAnnotator(CueLexicon cues) {
    this.cues = cues;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<TaggedSpan> tagged = annotation.get(TaggedSpansAnnotation.class);
    List<TaggedSpan> added = new ArrayList<>();
    for (ParsedSentence s : annotation.get(ParsedSentencesAnnotation.class)) {
      List<TaggedSpan> inSentence = overlapping(tagged, s.span());
      Optional<TaggedSpan> content =
          inSentence.stream().filter(t -> t.role() == SpanRole.CONTENT).findFirst();
      if (content.isEmpty() || inSentence.stream().anyMatch(t -> t.role() == SpanRole.CUE)) {
        continue;
      }
      for (int start = 1; start <= s.size(); start++) {
        Optional<CueEntry> entry =
            cues.longestMatch(
                s::lemma, k -> s.word(k).toLowerCase(Locale.ROOT), start, s.size() + 1);
        if (entry.isPresent() && entry.get().frame() == CueEntry.Frame.PREPOSITION) {
          Span cue = s.span(start, start + entry.get().length() - 1);
          Span source = objectAfter(s, start + entry.get().length());
          if (source != null
              && inSentence.stream()
                  .noneMatch(
                      t ->
                          t.span().overlaps(cue)
                              || (t.role() == SpanRole.CONTENT && t.span().overlaps(source)))) {
            double p = content.get().probability();
            added.add(new TaggedSpan(SpanRole.CUE, cue, p));
            added.add(new TaggedSpan(SpanRole.SOURCE, source, p));
          }
          break;
        }
      }
    }
    if (!added.isEmpty()) {
      List<TaggedSpan> all = new ArrayList<>(tagged);
      all.removeIf(t -> added.stream().anyMatch(a -> a.span().overlaps(t.span())));
      all.addAll(added);
      all.sort(Comparator.comparing(TaggedSpan::span));
      annotation.set(TaggedSpansAnnotation.class, List.copyOf(all));
    }
  }

  /**
   * The tagged spans that overlap {@code sentence}, found by binary search: the tagger gives one
   * role per piece, so its spans are disjoint and in text order, their ends ascending too.
   */
  private static List<TaggedSpan> overlapping(List<TaggedSpan> tagged, Span sentence) {
    int from =
        BinarySearch.first(0, tagged.size(), i -> tagged.get(i).span().end() > sentence.begin());
    int to =
        BinarySearch.first(
            from, tagged.size(), i -> tagged.get(i).span().begin() >= sentence.end());
    return tagged.subList(from, to);
  }

  /** The words from token {@code first} to the comma or the sentence's end; null for none. */
  private static Span objectAfter(ParsedSentence s, int first) {
    int last = first - 1;
    while (last < s.size() && !s.isPunctuation(last + 1)) {
      last++;
    }
    return last < first ? null : s.span(first, last);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        TaggedSpansAnnotation.class,
        ParsedSentencesAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(TaggedSpansAnnotation.class);
  }
}
