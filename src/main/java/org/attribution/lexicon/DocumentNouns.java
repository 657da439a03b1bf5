package org.attribution.lexicon;

import org.attribution.internal.ParsedSentence;

/**
 * The nouns that name a document ({@code models/document-nouns.txt}: statement, report, memo), and
 * whether a token of a sentence is one: a common noun whose word or lemma is in the list ({@code
 * statement}, {@code reports}); a proper noun is a name, not a document ({@code The Drudge
 * Report}).
 *
 * <pre>{@code
 * DocumentNouns nouns = DocumentNouns.load();
 * boolean document = nouns.isDocument(sentence, head);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentNouns {

  private final WordList nouns;

  private DocumentNouns(WordList nouns) {
    this.nouns = nouns;
  }

  /** Reads the bundled list, {@code /org/attribution/models/document-nouns.txt}. */
  public static DocumentNouns load() {
    return new DocumentNouns(WordList.load("document-nouns.txt"));
  }

  /** True when token {@code token} of {@code s} is a common noun that names a document. */
  public boolean isDocument(ParsedSentence s, int token) {
    String tag = s.tag(token);
    return tag.startsWith("NN")
        && !tag.startsWith("NNP")
        && (nouns.contains(s.word(token)) || nouns.contains(s.lemma(token)));
  }
}
