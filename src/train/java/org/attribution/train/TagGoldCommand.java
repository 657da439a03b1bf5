package org.attribution.train;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.attribution.Span;
import org.attribution.annotate.tagged.LinkedSpans;
import org.attribution.annotate.tagged.TaggedSpanLinker;
import org.attribution.io.AttributionJson;
import org.attribution.tagger.SpanTagger;
import org.attribution.tagger.TagDecoder;
import org.attribution.tagger.WordPieceTokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tags gold texts with one variant of the tagger (model file, with or without CRF transitions) and
 * writes the linked spans as JSON Lines for the scorer: how variants were compared on dev without
 * the rest of the pipeline (build with {@code -Ptrain}).
 */
@Command(
    name = "tag-gold",
    mixinStandardHelpOptions = true,
    description = "Writes the spans a tagger variant links in gold texts, as JSON Lines to score.")
public final class TagGoldCommand implements Callable<Integer> {

  @Option(names = "--model", required = true, description = "Exported tagger model (ONNX).")
  Path model;

  @Option(
      names = "--transitions",
      description = "CRF transition scores (default: none, softmax decoding).")
  Path transitions;

  @Option(
      names = "--gold",
      required = true,
      description = "Gold JSON Lines whose texts are tagged.")
  Path gold;

  @Option(names = "--output", required = true, description = "JSON Lines to write.")
  Path output;

  @Override
  public Integer call() throws Exception {
    TagDecoder decoder = TagDecoder.constrained();
    if (transitions != null) {
      try (InputStream in = Files.newInputStream(transitions)) {
        decoder = TagDecoder.read(in);
      }
    }
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP sentences = new StanfordCoreNLP(properties);
    try (SpanTagger tagger =
            SpanTagger.of(
                Files.readAllBytes(model),
                WordPieceTokenizer.load(SpanTagger.VOCABULARY),
                decoder);
        PrintWriter out =
            new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      for (GoldDocuments document : GoldDocuments.read(gold)) {
        String text = document.text();
        Annotation annotation = new Annotation(text);
        sentences.annotate(annotation);
        List<Span> spans =
            annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map(TagGoldCommand::span)
                .toList();
        ObjectNode line = AttributionJson.MAPPER.createObjectNode().put("id", document.id());
        ArrayNode attributions = line.putArray("attributions");
        for (LinkedSpans linked : TaggedSpanLinker.link(text, tagger.tag(text), spans)) {
          ObjectNode a =
              attributions
                  .addObject()
                  .put("type", "INDIRECT")
                  .put("content", linked.content().in(text));
          a.putArray("contentSpan").add(linked.content().begin()).add(linked.content().end());
          if (linked.parts().size() > 1) {
            ArrayNode parts = a.putArray("contentSpans");
            linked.parts().forEach(p -> parts.addArray().add(p.begin()).add(p.end()));
          }
          put(a, "cue", linked.cue(), text);
          put(a, "speaker", linked.source(), text);
        }
        out.println(AttributionJson.MAPPER.writeValueAsString(line));
      }
    }
    return 0;
  }

  private static Span span(CoreMap sentence) {
    return Span.of(
        sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private static void put(ObjectNode a, String field, Span span, String text) {
    if (span == null) {
      a.putNull(field);
      a.putNull(field + "Span");
    } else {
      a.put(field, span.in(text));
      a.putArray(field + "Span").add(span.begin()).add(span.end());
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TagGoldCommand()).execute(args));
  }
}
