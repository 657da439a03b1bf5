package org.attribution.annotate.tokens;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.List;
import java.util.Set;
import org.attribution.lexicon.WordList;

/**
 * Tags persons and organizations without a statistical model, for the fast profile: a run of
 * proper-noun tags is an organization when one of its words is an organization noun ({@code
 * models/organization-nouns.txt}) or an acronym, and a person otherwise; titles before a name
 * ({@code models/titles.txt}) stay outside it. Every other token is {@code O}. Sets the tokens'
 * {@link CoreAnnotations.NamedEntityTagAnnotation}, as CoreNLP's tagger would. Stateless and
 * thread-safe.
 */
public final class ProperNameTagger implements Annotator {

  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";
  private static final String OTHER = "O";

  private final WordList organizationNouns;
  private final WordList titles;

  public ProperNameTagger(WordList organizationNouns, WordList titles) {
    this.organizationNouns = organizationNouns;
    this.titles = titles;
  }

  @Override
  public void annotate(Annotation annotation) {
    for (var sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  private void tag(List<CoreLabel> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      if (!isProper(tokens.get(i)) || titles.contains(tokens.get(i).word())) {
        tokens.get(i).setNER(OTHER);
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < tokens.size() && isProper(tokens.get(end + 1))) {
        end++;
      }
      String entity = PERSON;
      for (int k = i; k <= end; k++) {
        if (organizationNouns.contains(tokens.get(k).word()) || isAcronym(tokens.get(k).word())) {
          entity = ORGANIZATION;
        }
      }
      for (int k = i; k <= end; k++) {
        tokens.get(k).setNER(entity);
      }
      i = end + 1;
    }
  }

  private static boolean isProper(CoreLabel token) {
    String tag = token.tag();
    return tag != null && tag.startsWith("NNP");
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
