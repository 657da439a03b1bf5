import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes models/tag-lexicon.tsv.gz, the word list of the fast profile's tagger, from the tag
 * dictionary inside CoreNLP's english-left3words-distsim part-of-speech model: each word seen at
 * least MIN_COUNT times, with its usual tags (most frequent first, each at least MIN_SHARE of the
 * word's occurrences) and the lemma of the word under each tag.
 *
 * <p>Run from the project folder after mvn package: java -cp "target/classes:target/lib/*"
 * scripts/ExportTagLexicon.java models/tag-lexicon.tsv.gz
 */
public final class ExportTagLexicon {

  private static final int MIN_COUNT = 2;
  private static final double MIN_SHARE = 0.1;
  private static final int MAX_TAGS = 3;

  public static void main(String[] args) throws Exception {
    MaxentTagger tagger = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
    // The dictionary has no public accessor; it is read once here, never at run time.
    Field dictField = MaxentTagger.class.getDeclaredField("dict");
    dictField.setAccessible(true);
    Object dictionary = dictField.get(tagger);
    Field mapField = dictionary.getClass().getDeclaredField("dict");
    mapField.setAccessible(true);
    Map<String, Object> words = new TreeMap<>();
    ((Map<?, ?>) mapField.get(dictionary))
        .forEach((word, counts) -> words.put((String) word, counts));
    Morphology morphology = new Morphology();
    try (Writer out =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(Path.of(args[0]))),
            StandardCharsets.UTF_8)) {
      out.write(
          "# word, then tag:lemma pairs, most frequent tag first. Made by scripts/ExportTagLexicon.java\n");
      out.write(
          "# from the tag dictionary of CoreNLP's english-left3words-distsim part-of-speech model (GPL).\n");
      for (Map.Entry<String, Object> entry : words.entrySet()) {
        Object counts = entry.getValue();
        Method sum = counts.getClass().getDeclaredMethod("sum");
        Method get = counts.getClass().getDeclaredMethod("get", String.class);
        sum.setAccessible(true);
        get.setAccessible(true);
        int total = (Integer) sum.invoke(counts);
        String word = entry.getKey();
        if (total < MIN_COUNT || word.isBlank() || word.contains("\t") || word.contains(" ")) {
          continue;
        }
        Method getTags = counts.getClass().getMethod("getTags");
        getTags.setAccessible(true);
        String[] tags = (String[]) getTags.invoke(counts);
        List<String> kept = new ArrayList<>(List.of(tags));
        kept.sort(Comparator.comparingInt((String t) -> count(get, counts, t)).reversed());
        StringBuilder line = new StringBuilder(word);
        int written = 0;
        for (String tag : kept) {
          if (written == MAX_TAGS || (written > 0 && count(get, counts, tag) < MIN_SHARE * total)) {
            break;
          }
          line.append('\t').append(tag).append(':').append(morphology.lemma(word, tag));
          written++;
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  private static int count(Method get, Object counts, String tag) {
    try {
      return (Integer) get.invoke(counts, tag);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
