package org.attribution.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.attribution.CueKind;
import org.attribution.internal.BundledModels;

/**
 * The words that introduce attributed content, read from a lexicon file whose format is described
 * at the top of the bundled {@code models/cues.txt}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CueLexicon lexicon = CueLexicon.bundled();
 * Optional<CueEntry> cue = lexicon.longestMatch(i -> lemmas[i], i -> words[i], start, lemmas.length);
 * }</pre>
 */
public final class CueLexicon {

  private static final String BUNDLED = "cues.txt";

  /** Entries by first lemma, longest first, so the first full match is the longest. */
  private final ImmutableListMultimap<String, CueEntry> byFirstLemma;

  private CueLexicon(List<String> lines, String source) {
    Map<List<String>, CueEntry> entries = new LinkedHashMap<>();
    for (String line : lines) {
      CueEntry entry = parse(line, source);
      entries.put(entry.lemmas(), entry);
    }
    ImmutableListMultimap.Builder<String, CueEntry> index = ImmutableListMultimap.builder();
    entries.values().stream()
        .sorted(Comparator.comparingInt(CueEntry::length).reversed())
        .forEach(e -> index.put(e.lemmas().get(0), e));
    this.byFirstLemma = index.build();
  }

  /** The lexicon shipped in the jar. */
  public static CueLexicon bundled() {
    return new CueLexicon(LexiconFiles.lines(BUNDLED), BundledModels.path(BUNDLED));
  }

  /** A lexicon read from {@code file}, in the bundled lexicon's format. */
  public static CueLexicon fromFile(Path file) {
    return new CueLexicon(LexiconFiles.lines(file), file.toString());
  }

  /**
   * The longest entry whose words equal, each, the lemma or the word of the tokens at {@code
   * start}, {@code start + 1}, ... (the word, because taggers lemmatize "according" to "accord").
   *
   * @param lemmaAt the lower-case lemma of the token at an index
   * @param wordAt the lower-case word of the token at an index
   * @param end index after the last token that may take part
   */
  public Optional<CueEntry> longestMatch(
      IntFunction<String> lemmaAt, IntFunction<String> wordAt, int start, int end) {
    // called for every token: look in both longest-first lists instead of merging them
    CueEntry byLemma =
        firstMatch(byFirstLemma.get(lemmaAt.apply(start)), lemmaAt, wordAt, start, end);
    CueEntry byWord =
        firstMatch(byFirstLemma.get(wordAt.apply(start)), lemmaAt, wordAt, start, end);
    if (byLemma == null || (byWord != null && byWord.length() > byLemma.length())) {
      return Optional.ofNullable(byWord);
    }
    return Optional.of(byLemma);
  }

  private static CueEntry firstMatch(
      List<CueEntry> longestFirst,
      IntFunction<String> lemmaAt,
      IntFunction<String> wordAt,
      int start,
      int end) {
    for (CueEntry entry : longestFirst) {
      if (start + entry.length() <= end && matchesAt(entry, lemmaAt, wordAt, start)) {
        return entry;
      }
    }
    return null;
  }

  private static boolean matchesAt(
      CueEntry entry, IntFunction<String> lemmaAt, IntFunction<String> wordAt, int start) {
    for (int k = 1; k < entry.length(); k++) {
      String expected = entry.lemmas().get(k);
      if (!expected.equals(lemmaAt.apply(start + k)) && !expected.equals(wordAt.apply(start + k))) {
        return false;
      }
    }
    return true;
  }

  private static CueEntry parse(String line, String source) {
    String[] fields = line.toLowerCase(Locale.ROOT).split("\\s+");
    if (fields.length < 3) {
      throw new IllegalArgumentException(
          "cue lexicon " + source + ": '" + line + "' needs KIND ROLE WORD...");
    }
    CueKind kind =
        switch (fields[0]) {
          case "speech" -> CueKind.SPEECH;
          case "claim" -> CueKind.CLAIM;
          default ->
              throw new IllegalArgumentException(
                  "cue lexicon " + source + ": kind '" + fields[0] + "' is not speech or claim");
        };
    CueEntry.Frame frame =
        switch (fields[1]) {
          case "verb" -> CueEntry.Frame.VERB;
          case "object" -> CueEntry.Frame.OBJECT;
          case "prep" -> CueEntry.Frame.PREPOSITION;
          default ->
              throw new IllegalArgumentException(
                  "cue lexicon "
                      + source
                      + ": role '"
                      + fields[1]
                      + "' is not verb, object or prep");
        };
    return new CueEntry(
        ImmutableList.copyOf(Arrays.asList(fields).subList(2, fields.length)), kind, frame);
  }
}
