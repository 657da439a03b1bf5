package org.attribution.testing;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * An annotation of sentences and tokens made without CoreNLP, for the tests of what reads them: a
 * token is each run of characters between spaces, and the sentences are joined by one space.
 */
public final class TokenizedText {

  private TokenizedText() {}

  /** The text of {@code sentences} joined by spaces, with its sentences and tokens. */
  public static Annotation of(String... sentences) {
    String text = String.join(" ", sentences);
    Annotation annotation = new Annotation(text);
    List<CoreMap> out = new ArrayList<>();
    List<CoreLabel> all = new ArrayList<>();
    int offset = 0;
    for (String sentence : sentences) {
      List<CoreLabel> tokens = new ArrayList<>();
      int begin = offset;
      for (String word : sentence.split(" ")) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setBeginPosition(offset);
        token.setEndPosition(offset + word.length());
        token.setIndex(tokens.size() + 1);
        tokens.add(token);
        offset += word.length() + 1;
      }
      CoreMap map = new ArrayCoreMap();
      map.set(CoreAnnotations.TextAnnotation.class, sentence);
      map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, offset - 1);
      map.set(CoreAnnotations.TokensAnnotation.class, tokens);
      out.add(map);
      all.addAll(tokens);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    return annotation;
  }
}
