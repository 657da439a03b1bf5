package org.attribution.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
import org.attribution.AttributionExtractor;
import org.attribution.Document;
import org.attribution.Profile;

/**
 * The contenders of the speed benchmark: this library's profiles, and two CoreNLP references with
 * CoreNLP's default settings: {@code tokenize,ssplit} alone, the floor any CoreNLP-based extractor
 * pays, and CoreNLP's own quote annotator with attribution, the peer users would otherwise pick.
 */
public final class Contenders {

  /** Table name of the CoreNLP floor. */
  public static final String CORENLP_TOKENIZE = "CoreNLP tokenize,ssplit";

  /** Table name of CoreNLP's quote attribution. */
  public static final String CORENLP_QUOTE = "CoreNLP quote+attribution";

  private Contenders() {}

  /**
   * The extractor of {@code profile}, named after it, with the trained models of {@code models}
   * (null for the bundled ones).
   */
  public static Contender extractor(Profile profile, Path models) {
    return Contender.unlimited(
        profile.name(),
        () -> {
          AttributionExtractor.Builder builder = AttributionExtractor.builder().profile(profile);
          if (models != null) {
            builder.models(models);
          }
          AttributionExtractor extractor = builder.build();
          return text -> extractor.extract(Document.of("", text));
        });
  }

  public static Contender corenlpTokenize() {
    return Contender.unlimited(CORENLP_TOKENIZE, () -> corenlp(properties("tokenize,ssplit")));
  }

  /**
   * CoreNLP's quote annotator attributing quotes to speakers, with the annotators it requires:
   * part-of-speech tags, lemmas, entities and entity mentions, the dependency parse and coreference
   * chains.
   *
   * @param maxDocuments documents per measurement: at about two seconds each, a few dozen keep the
   *     run to minutes
   */
  public static Contender corenlpQuote(int maxDocuments) {
    Properties p = properties("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("quote.attributeQuotes", "true");
    return new Contender(CORENLP_QUOTE, () -> corenlp(p), maxDocuments);
  }

  private static Properties properties(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    return p;
  }

  private static Consumer<String> corenlp(Properties properties) {
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    return text -> pipeline.annotate(new Annotation(text));
  }
}
