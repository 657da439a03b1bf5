package org.attribution.annotate.cue;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.annotate.phrase.TagPhrases;
import org.attribution.annotation.AttributionAnnotations.CuesAnnotation;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.Cue;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.Interrupts;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.CueEntry;
import org.attribution.lexicon.CueLexicon;

/**
 * Marks the cues of each sentence: lexicon entries matched on lemmas (a verb entry only where the
 * token is tagged as a verb and not used as a modifier), any other verb with a complement clause
 * (an open cue, entry {@code ~lemma}), and, where no verb cue precedes them in the sentence, the
 * punctuation cues of {@link PunctuationCues}. Whether a cue really introduces content is decided
 * later, by content finding. Needs lemmas, tags and the quoted spans, and uses the dependency parse
 * where there is one; adds {@link CuesAnnotation}.
 */
public final class CueAnnotator extends ContractAnnotator {

  /** Marks the entry of a verb cue found outside the lexicon: {@code ~emphasize}. */
  public static final String OPEN = "~";

  private static final Set<String> CLAUSE = Set.of("ccomp");

  private final CueLexicon lexicon;

  public CueAnnotator(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<QuotedSpan> quotes = annotation.get(QuotedSpansAnnotation.class);
    List<Cue> cues = new ArrayList<>();
    for (ParsedSentence sentence : annotation.get(ParsedSentencesAnnotation.class)) {
      Interrupts.check();
      boolean verbCueSeen = false;
      for (int i = 1; i <= sentence.size(); i++) {
        Optional<Cue> cue = lexiconCue(sentence, i);
        if (cue.isPresent()) {
          cues.add(cue.get());
          verbCueSeen |= cue.get().role() == Cue.SourceLink.VERB;
        } else if (isOpenCue(sentence, i)) {
          cues.add(
              new Cue(
                  sentence.index(),
                  i,
                  sentence.span(i, i),
                  OPEN + sentence.lemma(i),
                  CueKind.CLAIM,
                  Cue.SourceLink.VERB,
                  false));
          verbCueSeen = true;
        } else if (!verbCueSeen) {
          PunctuationCues.at(sentence, i, text, quotes).ifPresent(cues::add);
        }
      }
    }
    annotation.set(CuesAnnotation.class, List.copyOf(cues));
  }

  /**
   * True when {@code sentence} has a word that may be a cue, judged without its parse: a lexicon
   * entry on a verb or preposition, a verb with a finite verb after it (an open cue needs a
   * clause), or a punctuation cue. A sentence without one needs no parse.
   */
  boolean mayHoldCue(ParsedSentence sentence, String text, List<QuotedSpan> quotes) {
    for (int i = 1; i <= sentence.size(); i++) {
      if (lexiconCue(sentence, i).isPresent()
          || mayTakeClause(sentence, i)
          || PunctuationCues.at(sentence, i, text, quotes).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayTakeClause(ParsedSentence sentence, int i) {
    if (!isPredicateVerb(sentence, i) || VerbGroup.AUXILIARIES.contains(sentence.lemma(i))) {
      return false;
    }
    for (int k = i + 1; k <= sentence.size(); k++) {
      if (TagPhrases.isFinite(sentence.tag(k))) {
        return true;
      }
    }
    return false;
  }

  private Optional<Cue> lexiconCue(ParsedSentence sentence, int i) {
    Optional<CueEntry> match =
        lexicon.longestMatch(
            sentence::lemma,
            k -> sentence.word(k).toLowerCase(Locale.ROOT),
            i,
            sentence.size() + 1);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    CueEntry entry = match.get();
    boolean preposition = entry.frame() == CueEntry.Frame.PREPOSITION;
    if (!preposition && !isPredicateVerb(sentence, i)) {
      return Optional.empty();
    }
    Cue.SourceLink role = preposition ? Cue.SourceLink.PREPOSITION : Cue.SourceLink.VERB;
    Span span = sentence.span(i, i + entry.length() - 1);
    return Optional.of(
        new Cue(
            sentence.index(),
            i,
            span,
            String.join(" ", entry.lemmas()),
            entry.kind(),
            role,
            entry.frame() == CueEntry.Frame.OBJECT));
  }

  /**
   * A verb outside the lexicon that takes a clause ("emphasizing that ...", "she realizes ..."): a
   * cue whose reliability the classifier learned from the verbs seen in training, or the rate of
   * such verbs as a whole.
   */
  private static boolean isOpenCue(ParsedSentence sentence, int i) {
    return isPredicateVerb(sentence, i)
        && (sentence.hasGraph()
            ? sentence.children(i, CLAUSE).stream().anyMatch(c -> c > i)
            : opensThat(sentence, i))
        && !VerbGroup.AUXILIARIES.contains(sentence.lemma(i));
  }

  /** Without a parse, the one complement clause that shows on the surface: "emphasizing that". */
  private static boolean opensThat(ParsedSentence sentence, int i) {
    return i < sentence.size()
        && sentence.lemma(i + 1).equals("that")
        && sentence.tag(i + 1).equals("IN");
  }

  /** Relations by which a word tagged as a verb is really used as a noun or modifier. */
  private static final Set<String> NOMINAL =
      Set.of("amod", "obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod", "compound", "det");

  private static boolean isPredicateVerb(ParsedSentence sentence, int i) {
    return sentence.tag(i).startsWith("VB")
        && !NOMINAL.contains(sentence.relation(i))
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

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        QuotedSpansAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(CuesAnnotation.class);
  }
}
