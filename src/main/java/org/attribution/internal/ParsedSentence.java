package org.attribution.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attribution.Span;

/**
 * A read-only view of one CoreNLP sentence: tokens by 1-based index, their character offsets, and
 * the basic dependency graph. Internal machinery: not part of the public API.
 */
public final class ParsedSentence {

  private static final Set<String> CASE = Set.of("case");

  private final int index;
  private final List<CoreLabel> tokens;
  private final SemanticGraph graph;

  private ParsedSentence(int index, CoreMap sentence) {
    this.index = index;
    this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    this.graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  /** Views of every sentence of an annotated text, in order. */
  public static List<ParsedSentence> of(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<ParsedSentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(new ParsedSentence(i, sentences.get(i)));
    }
    return out;
  }

  public int index() {
    return index;
  }

  /** Number of tokens; token indices run from 1 to this. */
  public int size() {
    return tokens.size();
  }

  public CoreLabel token(int i) {
    return tokens.get(i - 1);
  }

  public String word(int i) {
    return token(i).word();
  }

  public String lemma(int i) {
    String lemma = token(i).lemma();
    return (lemma == null ? token(i).word() : lemma).toLowerCase(Locale.ROOT);
  }

  public String tag(int i) {
    String tag = token(i).tag();
    return tag == null ? "" : tag;
  }

  public String ner(int i) {
    String ner = token(i).ner();
    return ner == null ? "O" : ner;
  }

  public int begin(int i) {
    return token(i).beginPosition();
  }

  public int end(int i) {
    return token(i).endPosition();
  }

  /** Characters from the start of token {@code first} to the end of token {@code last}. */
  public Span span(int first, int last) {
    return Span.of(begin(first), end(last));
  }

  public Span span() {
    return span(1, size());
  }

  /**
   * The 1-based index of the token that covers character {@code offset}, or -1. Found by binary
   * search, since tokens stand in text order: a run-on paragraph is one sentence of hundreds of
   * thousands of tokens, and a stage asks this once per mention in it.
   */
  public int tokenAt(int offset) {
    int i = BinarySearch.first(1, size() + 1, k -> end(k) > offset);
    return i <= size() && begin(i) <= offset ? i : -1;
  }

  public boolean hasGraph() {
    return graph != null && !graph.isEmpty();
  }

  public IndexedWord node(int i) {
    return graph.getNodeByIndexSafe(i);
  }

  /** The relation from token {@code i} to its governor, or "" for the root or an unparsed token. */
  public String relation(int i) {
    IndexedWord node = hasGraph() ? node(i) : null;
    if (node == null) {
      return "";
    }
    List<SemanticGraphEdge> incoming = graph.incomingEdgeList(node);
    return incoming.isEmpty() ? "root" : incoming.get(0).getRelation().toString();
  }

  /** Index of the governor of token {@code i}, or 0 at the root or when unparsed. */
  public int governor(int i) {
    IndexedWord node = hasGraph() ? node(i) : null;
    if (node == null) {
      return 0;
    }
    IndexedWord parent = graph.getParent(node);
    return parent == null ? 0 : parent.index();
  }

  /** Indices of the dependents of token {@code i} whose relation is one of {@code relations}. */
  public List<Integer> children(int i, Set<String> relations) {
    List<Integer> out = new ArrayList<>();
    IndexedWord node = hasGraph() ? node(i) : null;
    if (node == null) {
      return out;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      if (relations.contains(edge.getRelation().toString())) {
        out.add(edge.getDependent().index());
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  /**
   * True when a preposition of {@code prepositions} marks token {@code i} ("by" in "made public by
   * X").
   */
  public boolean hasCase(int i, Set<String> prepositions) {
    return children(i, CASE).stream().anyMatch(c -> prepositions.contains(lemma(c)));
  }

  /** The first dependent of {@code i} with one of {@code relations}, or 0. */
  public int child(int i, Set<String> relations) {
    List<Integer> found = children(i, relations);
    return found.isEmpty() ? 0 : found.get(0);
  }

  /**
   * The token range {@code [first, last]} of the subtree under {@code head}, leaving out dependents
   * of {@code head} through {@code excluded} relations and tokens in {@code excludedTokens}'s
   * subtree; leading and trailing punctuation is trimmed.
   */
  public int[] subtree(int head, Set<String> excluded, int excludedToken) {
    boolean[] in = new boolean[size() + 1];
    mark(head, excluded, excludedToken, in, true);
    int first = 0;
    int last = 0;
    for (int i = 1; i <= size(); i++) {
      if (in[i]) {
        first = first == 0 ? i : first;
        last = i;
      }
    }
    while (first < last && isPunctuation(first)) {
      first++;
    }
    while (last > first && isPunctuation(last)) {
      last--;
    }
    return new int[] {first, last};
  }

  private void mark(int i, Set<String> excluded, int excludedToken, boolean[] in, boolean top) {
    if (i == excludedToken || in[i]) {
      return;
    }
    in[i] = true;
    IndexedWord node = hasGraph() ? node(i) : null;
    if (node == null) {
      return;
    }
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
      if (top && excluded.contains(edge.getRelation().toString())) {
        continue;
      }
      mark(edge.getDependent().index(), excluded, excludedToken, in, false);
    }
  }

  /** True for punctuation tokens, including quote marks. */
  /**
   * The token range {@code [first, last]} without punctuation at its ends, quote marks kept: the
   * words a reader quotes as a clause.
   */
  public int[] withoutEdgePunctuation(int first, int last) {
    while (first < last && isPunctuation(last) && !QuoteMarks.isQuoteMarkToken(word(last))) {
      last--;
    }
    while (first < last && isPunctuation(first) && !QuoteMarks.isQuoteMarkToken(word(first))) {
      first++;
    }
    return new int[] {first, last};
  }

  public boolean isPunctuation(int i) {
    String word = word(i);
    return !word.isEmpty() && word.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
