package org.attribution.testing;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An annotation of sentences and tokens made without CoreNLP, for the tests of what reads them: a
 * token is each run of characters between spaces, and the sentences are joined by one space.
 */
public final class TokenizedText {

  private TokenizedText() {}

  /**
   * One sentence of {@code word/TAG} tokens ({@code "Protesters/NNS chanted/VBD"}) with those
   * part-of-speech tags, each word's lemma its lower case but for the forms of "be".
   */
  public static Annotation tagged(String words) {
    String[] pairs = words.split(" ");
    StringBuilder text = new StringBuilder();
    for (String pair : pairs) {
      text.append(text.length() == 0 ? "" : " ").append(pair, 0, pair.lastIndexOf('/'));
    }
    Annotation annotation = of(text.toString());
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 0; i < pairs.length; i++) {
      CoreLabel token = tokens.get(i);
      token.setTag(pairs[i].substring(pairs[i].lastIndexOf('/') + 1));
      String word = token.word().toLowerCase(Locale.ROOT);
      token.setLemma(BE.contains(word) ? "be" : word);
    }
    return annotation;
  }

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

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
