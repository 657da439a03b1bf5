package org.attribution.lexicon;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.attribution.internal.BundledModels;

/**
 * The usual part-of-speech tags of English words, each with the word's lemma under that tag, most
 * frequent tag first: {@code models/tag-lexicon.tsv.gz}, exported from the tag dictionary of
 * CoreNLP's part-of-speech model by {@code scripts/ExportTagLexicon.java}. Immutable and
 * thread-safe.
 */
public final class TagLexicon {

  /** A tag a word may have, and the word's lemma under it. */
  public record Reading(String tag, String lemma) {}

  private static final String RESOURCE = BundledModels.path("tag-lexicon.tsv.gz");

  private final ImmutableMap<String, List<Reading>> readings;

  private TagLexicon(ImmutableMap<String, List<Reading>> readings) {
    this.readings = readings;
  }

  /** Reads the bundled lexicon. */
  public static TagLexicon bundled() {
    try (InputStream in = TagLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return read(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static TagLexicon read(InputStream in) throws IOException {
    ImmutableMap.Builder<String, List<Reading>> words = ImmutableMap.builder();
    // Tags and lemmas repeat across words: one instance of each keeps the heap small.
    Map<String, String> interned = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t");
      Reading[] forms = new Reading[fields.length - 1];
      for (int i = 1; i < fields.length; i++) {
        int colon = fields[i].indexOf(':');
        String tag = interned.computeIfAbsent(fields[i].substring(0, colon), t -> t);
        String lemma = fields[i].substring(colon + 1);
        forms[i - 1] =
            new Reading(
                tag, lemma.equals(fields[0]) ? fields[0] : interned.computeIfAbsent(lemma, l -> l));
      }
      words.put(fields[0], List.of(forms));
    }
    return new TagLexicon(words.buildKeepingLast());
  }

  /** The readings of {@code word} as written, most frequent first; empty for an unknown word. */
  public List<Reading> readings(String word) {
    return readings.getOrDefault(word, List.of());
  }
}
