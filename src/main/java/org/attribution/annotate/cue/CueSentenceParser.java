package org.attribution.annotate.cue;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import org.attribution.annotation.AttributionAnnotations.ParsedSentencesAnnotation;
import org.attribution.annotation.AttributionAnnotations.QuotedSpansAnnotation;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.annotation.QuotedSpan;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.CueLexicon;

/**
 * Parses the sentences that may hold a cue, and only those, with CoreNLP's neural dependency
 * parser, building only the basic dependency graph that the annotators read. CoreNLP's own {@code
 * depparse} parses every sentence and builds five graphs from each parse; in news text many
 * sentences hold no cue, and the enhanced graphs go unread. Sentences longer than {@code maxTokens}
 * are left unparsed. Needs tags, lemmas and quoted spans; sets {@link
 * SemanticGraphCoreAnnotations.BasicDependenciesAnnotation} on the sentences it parses.
 * Thread-safe: the parser keeps no state between sentences.
 */
public final class CueSentenceParser extends ContractAnnotator {

  private final DependencyParser parser;
  private final CueAnnotator cues;
  private final int maxTokens;

  private CueSentenceParser(DependencyParser parser, CueAnnotator cues, int maxTokens) {
    this.parser = parser;
    this.cues = cues;
    this.maxTokens = maxTokens;
  }

  /** Loads CoreNLP's English dependency model. */
  public static CueSentenceParser load(CueLexicon lexicon, int maxTokens) {
    return new CueSentenceParser(
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL),
        new CueAnnotator(lexicon),
        maxTokens);
  }

  @Override
  public void annotate(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<QuotedSpan> quotes = annotation.get(QuotedSpansAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<ParsedSentence> views = annotation.get(ParsedSentencesAnnotation.class);
    for (int i = 0; i < sentences.size(); i++) {
      ParsedSentence view = views.get(i);
      if (view.size() <= maxTokens && cues.mayHoldCue(view, text, quotes)) {
        CoreMap sentence = sentences.get(i);
        GrammaticalStructure parse = parser.predict(sentence);
        SemanticGraph basic =
            SemanticGraphFactory.makeFromTree(
                parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
      }
    }
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(
        ParsedSentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        QuotedSpansAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
