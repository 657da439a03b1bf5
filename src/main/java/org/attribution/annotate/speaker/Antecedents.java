package org.attribution.annotate.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.internal.BinarySearch;
import org.attribution.internal.ParsedSentence;
import org.attribution.lexicon.FirstNames;
import org.attribution.lexicon.Gender;

/**
 * The persons and organizations of one document that a pronoun speaker may stand for, and the one a
 * careful reader picks: the most salient mention before the pronoun that agrees with it in gender
 * and number ({@code she} a person not known to be male, {@code it} an organization, {@code they}
 * an organization or several people), outside quotes and outside the content the pronoun speaks.
 * Salience halves with each sentence back; within a sentence a speaker outweighs a subject, a
 * subject any other mention; at equal salience the later mention wins. Mentions more than {@value
 * #WINDOW} sentences back are out of reach: no name is better than a wrong one. Gender comes from
 * titles ({@code Mr.}, {@code Ms.}), from pronouns already resolved to the name, then from its
 * first name. Mentions are indexed by place and by sentence, so adding one and resolving a pronoun
 * look only at the mentions near it. Not thread-safe: one per document.
 */
final class Antecedents {

  /** How prominent a mention is in its sentence. */
  enum Prominence {
    SPEAKER(100),
    SUBJECT(80),
    OTHER(50);

    private final int weight;

    Prominence(int weight) {
      this.weight = weight;
    }
  }

  /** A mention of a person or organization: where it is, how prominent, whom it names. */
  record Entry(
      Span span,
      int sentence,
      Prominence role,
      String canonical,
      SpeakerKind kind,
      boolean plural) {}

  static final int WINDOW = 5;
  private static final int MAX_APPOSITION = 8;
  private static final Set<String> MALE = Set.of("he", "him", "his");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers");
  private static final Set<String> NEUTER = Set.of("it", "its");
  private static final Set<String> PLURAL = Set.of("they", "them", "their");

  /**
   * Pronouns that may stand for a speaker named before, possessive ones too: the tagger reads
   * {@code his} of {@code his remarks on} as a source.
   */
  static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "it", "its", "they", "them", "their");

  private final List<Entry> entries = new ArrayList<>();

  /** The positions in {@link #entries} of the mentions beginning at each offset. */
  private final TreeMap<Integer, List<Integer>> byBegin = new TreeMap<>();

  /** The positions in {@link #entries} of the mentions of each sentence. */
  private final Map<Integer, List<Integer>> bySentence = new HashMap<>();

  private int longest;
  private final List<Span> quotes;
  private final Map<String, Gender> linked = new HashMap<>();
  private final NameIndex names;
  private final FirstNames firstNames;

  Antecedents(List<Span> quotes, NameIndex names, FirstNames firstNames) {
    this.quotes = quotes;
    this.names = names;
    this.firstNames = firstNames;
  }

  /** True for a plural pronoun. */
  static boolean isPlural(String word) {
    return PLURAL.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Adds a mention, or raises the role of the one already at its place. */
  void add(Entry entry) {
    int overlapping = firstOverlapping(entry.span());
    if (overlapping >= 0) {
      Entry known = entries.get(overlapping);
      if (entry.role().weight > known.role().weight || known.canonical() == null) {
        put(
            overlapping,
            entry.canonical() == null
                ? new Entry(
                    known.span(),
                    known.sentence(),
                    entry.role(),
                    known.canonical(),
                    known.kind(),
                    known.plural())
                : entry);
      }
      return;
    }
    if (!inQuote(entry.span())) {
      entries.add(null);
      put(entries.size() - 1, entry);
    }
  }

  /** The first position in {@link #entries} of a mention that overlaps {@code span}; -1 if none. */
  private int firstOverlapping(Span span) {
    int first = -1;
    for (List<Integer> positions :
        byBegin.subMap(span.begin() - longest, true, span.end(), false).values()) {
      for (int i : positions) {
        if ((first < 0 || i < first) && entries.get(i).span().overlaps(span)) {
          first = i;
        }
      }
    }
    return first;
  }

  /** Sets the mention at {@code position}, keeping the indexes up to date. */
  private void put(int position, Entry entry) {
    Entry old = entries.set(position, entry);
    if (old != null) {
      byBegin.get(old.span().begin()).remove(Integer.valueOf(position));
      bySentence.get(old.sentence()).remove(Integer.valueOf(position));
    }
    byBegin.computeIfAbsent(entry.span().begin(), b -> new ArrayList<>()).add(position);
    List<Integer> sentence = bySentence.computeIfAbsent(entry.sentence(), b -> new ArrayList<>());
    sentence.add(position);
    sentence.sort(null);
    longest = Math.max(longest, entry.span().end() - entry.span().begin());
  }

  /** True when a quote holds {@code span}; quotes are in text order without overlaps. */
  private boolean inQuote(Span span) {
    int after = BinarySearch.first(0, quotes.size(), i -> quotes.get(i).begin() > span.begin());
    return after > 0 && quotes.get(after - 1).contains(span);
  }

  /**
   * The role of the mention headed by token {@code head}: subject through names and appositions; in
   * a sentence left unparsed, a mention followed by its verb, past an apposition ({@code Mary
   * Jones, his deputy, disagreed}).
   */
  static Prominence role(ParsedSentence s, int head) {
    if (!s.hasGraph()) {
      int next = head + 1;
      if (next < s.size() && s.word(next).equals(",")) {
        int close = next + 1;
        while (close < s.size() && close - next <= MAX_APPOSITION && !s.word(close).equals(",")) {
          close++;
        }
        next = close + 1;
      }
      return next <= s.size() && (s.tag(next).startsWith("VB") || s.tag(next).equals("MD"))
          ? Prominence.SUBJECT
          : Prominence.OTHER;
    }
    int token = head;
    for (int depth = 0; depth < 3; depth++) {
      String relation = s.relation(token);
      if (relation.startsWith("nsubj")) {
        return Prominence.SUBJECT;
      }
      if (!relation.equals("compound")
          && !relation.startsWith("flat")
          && !relation.equals("appos")) {
        break;
      }
      token = s.governor(token);
    }
    return Prominence.OTHER;
  }

  /**
   * The mention {@code pronoun} at {@code at}, in sentence {@code sentence}, stands for; none
   * inside {@code content}, the content the pronoun speaks.
   */
  Optional<Entry> resolve(String pronoun, Span at, int sentence, Span content) {
    String word = pronoun.toLowerCase(Locale.ROOT);
    Entry best = null;
    double bestScore = 0;
    List<Integer> near = new ArrayList<>();
    for (int back = 0; back <= WINDOW; back++) {
      near.addAll(bySentence.getOrDefault(sentence - back, List.of()));
    }
    near.sort(null); // in the order mentions were added, which breaks ties
    for (int i : near) {
      Entry e = entries.get(i);
      int back = sentence - e.sentence();
      if (e.span().end() > at.begin()
          || back > WINDOW
          || (content != null && content.overlaps(e.span()))
          || !agrees(word, e)) {
        continue;
      }
      double score = e.role().weight / Math.pow(2, back);
      if (score > bestScore || (score == bestScore && e.span().begin() > best.span().begin())) {
        best = e;
        bestScore = score;
      }
    }
    if (best != null
        && best.canonical() != null
        && (MALE.contains(word) || FEMALE.contains(word))) {
      linked.putIfAbsent(best.canonical(), MALE.contains(word) ? Gender.MALE : Gender.FEMALE);
    }
    return Optional.ofNullable(best);
  }

  private boolean agrees(String pronoun, Entry e) {
    if (MALE.contains(pronoun) || FEMALE.contains(pronoun)) {
      Gender wanted = MALE.contains(pronoun) ? Gender.MALE : Gender.FEMALE;
      return e.kind() == SpeakerKind.PERSON && !e.plural() && gender(e).agreesWith(wanted);
    }
    if (NEUTER.contains(pronoun)) {
      return e.kind() == SpeakerKind.ORGANIZATION && !e.plural();
    }
    return PLURAL.contains(pronoun) && (e.kind() == SpeakerKind.ORGANIZATION || e.plural());
  }

  private Gender gender(Entry e) {
    if (e.canonical() == null) {
      return Gender.UNKNOWN;
    }
    Gender titled = names.titleGender(e.canonical());
    if (titled != Gender.UNKNOWN) {
      return titled;
    }
    Gender pronouns = linked.getOrDefault(e.canonical(), Gender.UNKNOWN);
    if (pronouns != Gender.UNKNOWN || e.canonical().indexOf(' ') < 0) {
      return pronouns;
    }
    return firstNames.gender(e.canonical().substring(0, e.canonical().indexOf(' ')));
  }
}
