package org.attribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attribution.Span;
import org.attribution.testing.CpuBudget;
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

  /** The one sentence of an annotation whose tokens are {@code tokens}. */
  private static ParsedSentence sentence(List<CoreLabel> tokens) {
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    Annotation annotation = new Annotation("");
    annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    return ParsedSentence.of(annotation).get(0);
  }

  /** {@code words} tokens of {@code "ab "}: token i covers characters [3(i-1), 3(i-1)+2). */
  private static List<CoreLabel> tokens(int words) {
    List<CoreLabel> tokens = new ArrayList<>(words);
    for (int i = 0; i < words; i++) {
      CoreLabel token = new CoreLabel();
      token.setWord("ab");
      token.setBeginPosition(3 * i);
      token.setEndPosition(3 * i + 2);
      tokens.add(token);
    }
    return tokens;
  }

  @Test
  void findsTheTokenThatCoversAnOffsetAndNoneInTheGaps() {
    ParsedSentence s = sentence(tokens(5));

    assertThat(s.tokenAt(0)).isEqualTo(1);
    assertThat(s.tokenAt(1)).isEqualTo(1);
    assertThat(s.tokenAt(2)).isEqualTo(-1);
    assertThat(s.tokenAt(3)).isEqualTo(2);
    assertThat(s.tokenAt(13)).isEqualTo(5);
    assertThat(s.tokenAt(14)).isEqualTo(-1);
    assertThat(s.tokenAt(-1)).isEqualTo(-1);
  }

  /**
   * A paragraph without a full stop is one sentence of up to 200,000 tokens, and the speaker stages
   * and the tagger's linker look up a token per mention or span end in it: reading every token for
   * each made the paragraph cost time quadratic in its length (minutes). A look-up per token of
   * such a sentence takes well under a second by binary search and minutes by a scan, so a budget
   * of processor time far beyond the first tells them apart on any machine.
   */
  @Test
  void findsTheTokensOfARunOnSentenceInLogarithmicTime() throws Exception {
    int words = 400_000; // twice the longest sentence a text within the length limit can hold
    ParsedSentence s = sentence(tokens(words));

    int found =
        CpuBudget.of(Duration.ofSeconds(10))
            .run(
                () -> {
                  int hits = 0;
                  for (int word = 1; word <= words; word++) {
                    Span span = Span.of(3 * (word - 1), 3 * word + 2);
                    if (s.tokenAt(3 * (word - 1) + 1) == word
                        && s.firstTokenIn(span) == word
                        && s.lastTokenIn(span) == Math.min(words, word + 1)) {
                      hits++;
                    }
                  }
                  return hits;
                });

    assertThat(found).isEqualTo(words);
  }
}
