package org.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.attribution.Span;
import org.attribution.testing.TokenizedText;
import org.junit.jupiter.api.Test;

class ParsedSentenceTest {

  private static final String SENTENCE = "The mayor said it opens .";

  private static ParsedSentence view(Annotation annotation) {
    return ParsedSentence.of(annotation).get(0);
  }

  private static Span find(String words) {
    int at = SENTENCE.indexOf(words);
    return Span.of(at, at + words.length());
  }

  @Test
  void findsTheFirstAndLastTokensASpanOverlaps() {
    ParsedSentence s = view(TokenizedText.of(SENTENCE));
    Span span = find("yor sa");

    assertThat(s.firstTokenIn(span)).isEqualTo(2);
    assertThat(s.lastTokenIn(span)).isEqualTo(3);
  }

  @Test
  void findsNoTokenInTheSpaceBetweenTwoWords() {
    ParsedSentence s = view(TokenizedText.of(SENTENCE));
    Span space = Span.of(find("mayor").end(), find("said").begin());

    assertThat(s.firstTokenIn(space)).isEqualTo(-1);
    assertThat(s.lastTokenIn(space)).isEqualTo(-1);
    assertThat(s.tokenAt(space.begin())).isEqualTo(-1);
  }

  @Test
  void findsTheTokenThatCoversAnOffset() {
    ParsedSentence s = view(TokenizedText.of(SENTENCE));

    assertThat(s.tokenAt(0)).isEqualTo(1);
    assertThat(s.tokenAt(find("opens").end() - 1)).isEqualTo(5);
    assertThat(s.tokenAt(SENTENCE.length())).isEqualTo(-1);
  }

  @Test
  void findsTheTokensOfASpanPastTheSentenceEnds() {
    ParsedSentence s = view(TokenizedText.of(SENTENCE));
    Span around = Span.of(0, SENTENCE.length() + 10);

    assertThat(s.firstTokenIn(around)).isEqualTo(1);
    assertThat(s.lastTokenIn(around)).isEqualTo(s.size());
  }

  @Test
  void readsAParseSetAfterTheViewWasBuilt() {
    Annotation annotation = TokenizedText.of(SENTENCE);
    ParsedSentence s = view(annotation);
    assertThat(s.hasGraph()).isFalse();

    CoreMap sentence = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    SemanticGraph graph = new SemanticGraph();
    graph.addRoot(new IndexedWord(sentence.get(CoreAnnotations.TokensAnnotation.class).get(2)));
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, graph);

    assertThat(s.hasGraph()).isTrue();
    assertThat(s.relation(3)).isEqualTo("root");
  }
}
