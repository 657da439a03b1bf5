package org.attribution.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.CueEntry;
import org.attribution.lexicon.CueLexicon;
import org.attribution.pipeline.AttributionAnnotations.CuesAnnotation;
import org.attribution.pipeline.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.pipeline.Cue;
import org.attribution.pipeline.QuotedSpan;

/**
 * Marks the cues of each sentence: lexicon entries matched on lemmas (a verb entry only where the
 * token is tagged as a verb and not used as a modifier), and a colon that leads into a quote when
 * no verb cue precedes it in the sentence. Whether a cue really introduces content is decided
 * later, by content finding. Needs lemmas, tags, the dependency parse and the quoted spans; adds
 * {@link CuesAnnotation}.
 */
public final class CueAnnotator implements Annotator {

  private final CueLexicon lexicon;

  public CueAnnotator(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<QuotedSpan> quotes = annotation.get(QuotedSpansAnnotation.class);
    List<Cue> cues = new ArrayList<>();
    for (ParsedSentence sentence : ParsedSentence.of(annotation)) {
      boolean verbCueSeen = false;
      for (int i = 1; i <= sentence.size(); i++) {
        Optional<Cue> cue = lexiconCue(sentence, i);
        if (cue.isPresent()) {
          cues.add(cue.get());
          verbCueSeen |= cue.get().role() == Cue.Role.VERB;
        } else if (!verbCueSeen && opensQuote(sentence, i, text, quotes)) {
          cues.add(new Cue(sentence.index(), i, sentence.span(i, i), ":", CueKind.SPEECH, Cue.Role.COLON, false));
        }
      }
    }
    annotation.set(CuesAnnotation.class, List.copyOf(cues));
  }

  private Optional<Cue> lexiconCue(ParsedSentence sentence, int i) {
    Optional<CueEntry> match = lexicon.longestMatch(sentence::lemma, k -> sentence.word(k).toLowerCase(Locale.ROOT), i, sentence.size() + 1);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    CueEntry entry = match.get();
    boolean preposition = entry.frame() == CueEntry.Frame.PREPOSITION;
    if (!preposition && !isPredicateVerb(sentence, i)) {
      return Optional.empty();
    }
    Cue.Role role = preposition ? Cue.Role.PREPOSITION : Cue.Role.VERB;
    Span span = sentence.span(i, i + entry.length() - 1);
    return Optional.of(
        new Cue(sentence.index(), i, span, String.join(" ", entry.lemmas()), entry.kind(), role,
            entry.frame() == CueEntry.Frame.OBJECT));
  }

  /** Relations by which a word tagged as a verb is really used as a noun or modifier. */
  private static final Set<String> NOMINAL =
      Set.of("amod", "obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod", "compound", "det");

  private static boolean isPredicateVerb(ParsedSentence sentence, int i) {
    return sentence.tag(i).startsWith("VB") && !NOMINAL.contains(sentence.relation(i))
        && !followsDeterminer(sentence, i);
  }

  /** "the final say": a determiner and adjectives before a verb tag betray a mistagged noun. */
  private static boolean followsDeterminer(ParsedSentence sentence, int i) {
    int before = i - 1;
    while (before >= 1 && sentence.tag(before).startsWith("JJ")) {
      before--;
    }
    return before >= 1 && sentence.tag(before).equals("DT");
  }

  /** A colon (not after a cue verb) followed directly by the opening mark of a quote. */
  private static boolean opensQuote(ParsedSentence sentence, int i, String text, List<QuotedSpan> quotes) {
    if (!sentence.word(i).equals(":") || i == 1) {
      return false;
    }
    int after = sentence.end(i);
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    int next = after;
    return quotes.stream().anyMatch(q -> q.outer().begin() == next);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        QuotedSpansAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CuesAnnotation.class);
  }
}
