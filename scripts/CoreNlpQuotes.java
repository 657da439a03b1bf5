import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attribution.io.AttributionJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs CoreNLP's own quote annotator with attribution (the peer the README compares against) over a
 * JSON Lines corpus and writes its quotes and speakers in the evaluation format, to be scored with
 * the evaluate command. Quotes are DIRECT, with no cue and no document: CoreNLP gives none.
 *
 * <p>Run from the project folder after mvn package (about 4 GB of heap, two seconds a document):
 * java -Xmx5g -cp "target/classes:target/lib/*" scripts/CoreNlpQuotes.java dev.jsonl peer.jsonl
 */
public final class CoreNlpQuotes {

  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("quote.attributeQuotes", "true");
    StanfordCoreNLP corenlp = new StanfordCoreNLP(p);
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<String>> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      lines.add(pool.submit(() -> extract(corenlp, AttributionJson.MAPPER.readTree(line))));
    }
    List<String> out = new ArrayList<>();
    for (Future<String> line : lines) {
      out.add(line.get());
    }
    pool.shutdown();
    Files.write(Path.of(args[1]), out);
  }

  private static String extract(StanfordCoreNLP corenlp, JsonNode document) {
    String text = document.get("text").asString();
    ObjectNode node = AttributionJson.MAPPER.createObjectNode();
    node.put("id", document.get("id").asString());
    ArrayNode attributions = node.putArray("attributions");
    Annotation annotation = new Annotation(text);
    try {
      corenlp.annotate(annotation);
    } catch (RuntimeException e) {
      System.err.println(document.get("id").asString() + ": " + e);
      return AttributionJson.MAPPER.writeValueAsString(node);
    }
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreMap quote : QuoteAnnotator.gatherQuotes(annotation)) {
      int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      ObjectNode a = attributions.addObject();
      a.put("type", "DIRECT");
      a.put("content", text.substring(begin, end));
      a.putArray("contentSpan").add(begin).add(end);
      a.putNull("cue");
      a.putNull("cueSpan");
      Integer first = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
      Integer last = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
      if (first != null && last != null) {
        int from = tokens.get(first).beginPosition();
        int to = tokens.get(last).endPosition();
        a.put("speaker", text.substring(from, to));
        a.putArray("speakerSpan").add(from).add(to);
      } else {
        a.putNull("speaker");
        a.putNull("speakerSpan");
      }
      a.put("speakerCanonical", quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class));
      a.putNull("document");
      a.putNull("documentSpan");
    }
    return AttributionJson.MAPPER.writeValueAsString(node);
  }
}
