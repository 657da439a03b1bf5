package org.attribution.annotate.tagged;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attribution.Span;
import org.attribution.annotate.tagged.TaggedSpanAnnotator.TaggedSpansAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.WebNoiseAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.ParsedSentence;
import org.attribution.internal.QuoteMarks;
import org.attribution.internal.WebNoise;
import org.attribution.tagger.SpanRole;
import org.attribution.tagger.TaggedSpan;

/**
 * Links the learned tagger's sources, cues and content parts into attributions: the one step
 * between the tagged spans and the candidates. Sources and cues in page furniture ({@link
 * WebNoise}: a {@code WATCH:} label, a byline) are left out first, so that a quote goes to a cue of
 * the article, and a content that runs into furniture is cut back to the part outside it (the
 * tagger may run a label's words into the quote of the next line). The rules are fitted to how news
 * text is written:
 *
 * <ul>
 *   <li>a content ends where a quote closes its paragraph ({@link ParagraphBreaks}): the tagger's
 *       windows run over paragraphs, and so may its contents;
 *   <li>every cue heads one attribution;
 *   <li>a content part goes to the nearest cue of the sentences it spans ({@code "A," she said,
 *       "B."}: both parts to {@code said}); with none there, to the nearest cue of its paragraph
 *       with no other content between them ({@code "A," she said. "B."}); with none there either,
 *       to the nearest cue of the paragraph before when that paragraph ends with a colon, again
 *       with no content between ({@code She said:} ending a paragraph, the quote making the next);
 *   <li>a quote with no cue in its paragraph continues the last attribution before it, in its
 *       paragraph or the one before: it becomes an attribution of its own without a cue, with that
 *       attribution's source; other uncued content is dropped;
 *   <li>a content that ends in whole quotes one after another ({@code said "A." "B."}) keeps the
 *       first, and each quote after it continues the attribution without a cue ({@link
 *       LinkedQuotes}, as the next);
 *   <li>a cue that comments on the quote right before it, {@code as} and its source between ({@code
 *       "A," as Mr. Putin put it}), takes that quote as its content, nested in another, and no
 *       other;
 *   <li>a cue takes the nearest source of its sentence (a source may serve several cues: {@code X
 *       said A and added B}), else of the sentence before; any other cue no content goes to is
 *       dropped;
 *   <li>a participle of asking that opens its sentence takes only the source its {@code by} names
 *       ({@link AskingParticiple}): the sentence's subject is the one asked.
 * </ul>
 *
 * <p>Needs the tagged spans ({@link TaggedSpanAnnotator}), the sentence views and the page
 * furniture ({@link WebNoiseAnnotation}); adds {@link LinkedSpansAnnotation}, which {@link
 * TaggedCandidateAnnotator} turns into candidates. The rules alone, without an annotation, are
 * {@link #link}:
 *
 * <pre>{@code
 * List<LinkedSpans> attributions = TaggedSpanLinker.link(text, tagger.tag(text), sentenceSpans);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TaggedSpanLinker extends ContractAnnotator {

  /** The attributions the tagged spans form, ordered by content. */
  public static final class LinkedSpansAnnotation implements CoreAnnotation<List<LinkedSpans>> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<LinkedSpans>> getType() {
      return (Class) List.class;
    }
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<Span> noise = annotation.get(WebNoiseAnnotation.class);
    List<TaggedSpan> spans = new ArrayList<>();
    for (TaggedSpan t : annotation.get(TaggedSpansAnnotation.class)) {
      if (noise.stream().noneMatch(n -> n.overlaps(t.span()))) {
        spans.add(t);
      } else if (t.role() == SpanRole.CONTENT) {
        Span cut = WebNoise.cut(t.span(), noise, text);
        if (cut != null) {
          spans.add(new TaggedSpan(t.role(), cut, t.probability()));
        }
      }
    }
    List<Span> sentences =
        annotation.get(ParsedSentencesAnnotation.class).stream().map(ParsedSentence::span).toList();
    annotation.set(LinkedSpansAnnotation.class, List.copyOf(link(text, spans, sentences)));
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        TaggedSpansAnnotation.class, ParsedSentencesAnnotation.class, WebNoiseAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(LinkedSpansAnnotation.class);
  }

  /**
   * The attributions the spans form, ordered by content.
   *
   * @param sentences the text's sentences in order, covering every tagged span
   */
  public static List<LinkedSpans> link(String text, List<TaggedSpan> tagged, List<Span> sentences) {
    SpanLayout layout = new SpanLayout(text, sentences);
    List<Span> quotes = QuoteMarks.pair(text);
    List<TaggedSpan> spans = ParagraphBreaks.split(tagged, quotes, text);
    List<Span> contents = of(spans, SpanRole.CONTENT);
    List<Span> sources = of(spans, SpanRole.SOURCE);
    Map<Span, Span> commenting = new LinkedHashMap<>();
    List<Span> cues = new ArrayList<>();
    for (Span cue : of(spans, SpanRole.CUE)) {
      Span quote =
          LinkedQuotes.commentedBy(cue, sourceOf(cue, sources, text, layout), quotes, text);
      if (quote == null) {
        cues.add(cue);
      } else {
        commenting.put(cue, quote);
      }
    }
    Map<Span, List<Span>> partsByCue = new LinkedHashMap<>();
    List<Span> uncued = new ArrayList<>();
    for (Span content : contents) {
      Span cue = cueOf(content, cues, contents, layout);
      if (cue == null) {
        uncued.add(content);
      } else {
        partsByCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(content);
      }
    }
    List<LinkedSpans> linked = new ArrayList<>();
    partsByCue.forEach(
        (cue, parts) ->
            linked.addAll(
                LinkedQuotes.splitTrailingRun(
                    new LinkedSpans(parts, cue, sourceOf(cue, sources, text, layout)),
                    quotes,
                    text)));
    commenting.forEach(
        (cue, quote) ->
            linked.add(new LinkedSpans(List.of(quote), cue, sourceOf(cue, sources, text, layout))));
    linked.sort(Comparator.comparing(LinkedSpans::content));
    for (Span content : uncued) {
      if (isQuote(text, content)) {
        LinkedSpans previous = previousOf(linked, content, layout);
        if (previous != null && previous.source() != null) {
          linked.add(new LinkedSpans(List.of(content), null, previous.source()));
        }
      }
    }
    linked.sort(Comparator.comparing(LinkedSpans::content));
    return linked;
  }

  private static List<Span> of(List<TaggedSpan> spans, SpanRole role) {
    return spans.stream().filter(s -> s.role() == role).map(TaggedSpan::span).sorted().toList();
  }

  private static Span cueOf(Span content, List<Span> cues, List<Span> contents, SpanLayout layout) {
    Span credit = layout.creditAfter(content, cues);
    if (credit != null) {
      return credit;
    }
    int first = layout.sentence(content.begin());
    int last = layout.sentence(content.end() - 1);
    Span best =
        SpanLayout.nearest(
            content,
            SpanLayout.beginningIn(
                cues, layout.sentenceBegin(first), layout.sentenceBegin(last + 1)));
    if (best != null) {
      return best;
    }
    int paragraph = layout.paragraph(content.begin());
    List<Span> open =
        SpanLayout.beginningIn(
                cues, layout.paragraphBegin(paragraph - 1), layout.paragraphBegin(paragraph + 1))
            .stream()
            .filter(c -> !contentBetween(contents, c, content))
            .toList();
    best =
        SpanLayout.nearest(
            content, open.stream().filter(c -> layout.paragraph(c.begin()) == paragraph).toList());
    if (best != null) {
      return best;
    }
    if (!layout.introducesNext(paragraph - 1)) {
      return null; // "Raja said." ends its own attribution, not the next paragraph's content
    }
    return SpanLayout.nearest(
        content,
        open.stream()
            .filter(
                c -> c.begin() < content.begin() && layout.paragraph(c.begin()) == paragraph - 1)
            .toList());
  }

  private static Span sourceOf(Span cue, List<Span> sources, String text, SpanLayout layout) {
    if (AskingParticiple.opens(cue, text, layout)) {
      return AskingParticiple.agent(cue, sources, text, layout);
    }
    int sentence = layout.sentence(cue.begin());
    Span same =
        SpanLayout.nearest(
            cue,
            SpanLayout.beginningIn(
                sources, layout.sentenceBegin(sentence), layout.sentenceBegin(sentence + 1)));
    return same != null
        ? same
        : SpanLayout.nearest(
            cue,
            SpanLayout.beginningIn(
                sources, layout.sentenceBegin(sentence - 1), layout.sentenceBegin(sentence)));
  }

  /**
   * True when a content other than {@code content} lies between it and {@code cue}. Found by binary
   * search; the tagger gives one role per piece, so contents are disjoint and the loop ends after a
   * step or two.
   */
  private static boolean contentBetween(List<Span> contents, Span cue, Span content) {
    Span left = cue.begin() < content.begin() ? cue : content;
    Span right = left == cue ? content : cue;
    int at = BinarySearch.first(0, contents.size(), i -> contents.get(i).begin() >= left.end());
    for (int i = at; i < contents.size() && contents.get(i).begin() < right.begin(); i++) {
      Span o = contents.get(i);
      if (o != content && o.end() <= right.begin()) {
        return true;
      }
    }
    return false;
  }

  /** The last attribution before {@code content}, in its paragraph or the one before. */
  private static LinkedSpans previousOf(List<LinkedSpans> linked, Span content, SpanLayout layout) {
    LinkedSpans previous = null;
    for (LinkedSpans l : linked) {
      if (l.content().end() <= content.begin()
          && (previous == null || l.content().end() > previous.content().end())) {
        previous = l;
      }
    }
    boolean near =
        previous != null
            && layout.paragraph(content.begin()) - layout.paragraph(previous.content().begin())
                <= 1;
    return near ? previous : null;
  }

  private static boolean isQuote(String text, Span content) {
    String s = content.in(text).strip();
    return !s.isEmpty() && QuoteMarks.isQuoteMark(s.charAt(0));
  }
}
