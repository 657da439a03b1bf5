package org.attribution.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Document;
import org.attribution.Span;

/**
 * A stand-in for the real extractor in batch tests, so they run without loading CoreNLP: every text
 * in straight double quotes is a DIRECT attribution, and the word after the closing quote, when it
 * is "said", its cue. Thread-safe.
 */
public final class QuoteExtraction implements Function<Document, List<Attribution>> {

  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"(?: (said))?");

  @Override
  public List<Attribution> apply(Document document) {
    List<Attribution> found = new ArrayList<>();
    Matcher m = QUOTE.matcher(document.text());
    while (m.find()) {
      Attribution.Builder b =
          Attribution.builder(AttributionType.DIRECT, m.group(1), Span.of(m.start(1), m.end(1)));
      if (m.group(2) != null) {
        b.cue(m.group(2), Span.of(m.start(2), m.end(2)), CueKind.SPEECH);
      }
      found.add(b.build());
    }
    return found;
  }
}
