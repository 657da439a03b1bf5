package org.attribution.annotate.tokens;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribution.annotation.ContractAnnotator;
import org.attribution.lexicon.WordList;

/**
 * Tags persons and organizations without a statistical model, for the fast profile: a run of
 * proper-noun tags is an organization when one of its words is an organization noun ({@code
 * models/organization-nouns.txt}) or an acronym, and a person otherwise; titles before a name
 * ({@code models/titles.txt}) stay outside it, and so do the words before a title inside the run,
 * which qualify the title ({@code Additional Municipal Commissioner P Velrasu}: {@code P Velrasu};
 * an organization when they hold an organization word, {@code Federal Reserve Chairman}). A
 * headline in title case has no names: its capitals mark none. Every other token is {@code O}. Sets
 * the tokens' {@link CoreAnnotations.NamedEntityTagAnnotation}, as CoreNLP's tagger would.
 * Stateless and thread-safe.
 */
public final class ProperNameTagger extends ContractAnnotator {

  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";
  private static final String OTHER = "O";

  /** Fewest capitalized long words that make a title-case headline. */
  private static final int HEADLINE_WORDS = 4;

  /** A capital letter standing for a name, not the pronoun {@code I} nor the article {@code A}. */
  private static final Pattern INITIAL = Pattern.compile("[B-HJ-Z]\\.?");

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
    boolean headline = isTitleCase(tokens);
    int i = 0;
    while (i < tokens.size()) {
      if (headline || !isProper(tokens, i) || titles.contains(tokens.get(i).word())) {
        tokens.get(i).setNER(OTHER);
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < tokens.size() && isProper(tokens, end + 1)) {
        end++;
      }
      int title = lastTitle(tokens, i, end);
      if (title > 0) {
        // "Additional Municipal Commissioner P Velrasu": the words before the title qualify it
        setNER(
            tokens, i, title - 1, hasOrganizationWord(tokens, i, title - 1) ? ORGANIZATION : OTHER);
        tokens.get(title).setNER(OTHER);
        i = title + 1;
      }
      setNER(tokens, i, end, hasOrganizationWord(tokens, i, end) ? ORGANIZATION : PERSON);
      i = end + 1;
    }
  }

  /** The last title among tokens {@code first..last}; 0 when none is. */
  private int lastTitle(List<CoreLabel> tokens, int first, int last) {
    for (int k = last - 1; k > first; k--) {
      if (titles.contains(tokens.get(k).word())) {
        return k;
      }
    }
    return 0;
  }

  private boolean hasOrganizationWord(List<CoreLabel> tokens, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (organizationNouns.contains(tokens.get(k).word()) || isAcronym(tokens.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  private static void setNER(List<CoreLabel> tokens, int first, int last, String entity) {
    for (int k = first; k <= last; k++) {
      tokens.get(k).setNER(entity);
    }
  }

  /**
   * True for a headline written in title case ({@code Putin and Xi Jinping Cement "No Limit"
   * Relationship}), where capitals mark no name: every word of four letters or more is capitalized,
   * and there are at least {@value #HEADLINE_WORDS}.
   */
  private static boolean isTitleCase(List<CoreLabel> tokens) {
    int capitalized = 0;
    for (CoreLabel token : tokens) {
      String word = token.word();
      if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
        if (!Character.isUpperCase(word.charAt(0))) {
          return false;
        }
        capitalized++;
      }
    }
    return capitalized >= HEADLINE_WORDS;
  }

  /**
   * True for a proper noun, and for an initial before one, which the part-of-speech tagger may call
   * a common noun ({@code P/NN Velrasu/NNP}).
   */
  private static boolean isProper(List<CoreLabel> tokens, int i) {
    return isProperTag(tokens.get(i))
        || (INITIAL.matcher(tokens.get(i).word()).matches()
            && i + 1 < tokens.size()
            && isProperTag(tokens.get(i + 1)));
  }

  private static boolean isProperTag(CoreLabel token) {
    String tag = token.tag();
    return tag != null && tag.startsWith("NNP");
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> required() {
    return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  protected Set<Class<? extends CoreAnnotation<?>>> satisfied() {
    return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
