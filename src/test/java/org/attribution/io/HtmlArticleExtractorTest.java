package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private static final String BODY_1 =
      "The minister said the plan would go ahead despite the protests.";
  private static final String BODY_2 =
      "\"We have heard the concerns,\" she told reporters on Monday.";

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Test
  void keepsTitleAndArticleParagraphsAndDropsBoilerplate() throws IOException {
    String html =
        "<html><head><title>Plan goes ahead | Site</title><style>p{}</style></head><body>"
            + "<header><p>Subscribe now to get the best of our journalism every day!</p></header>"
            + "<nav><p>World | Politics | Business | Technology | Science | Sports</p></nav>"
            + "<p>Outside the article: a cookie notice that is long enough to count.</p>"
            + "<article><h1>Plan goes ahead</h1><p>By A. Reporter</p>"
            + "<p>"
            + BODY_1
            + "</p><aside><p>Related: ten other stories you might like to read.</p></aside>"
            + "<figure><img src=x><figcaption>The minister at a press conference in the capital.</figcaption></figure>"
            + "<p>"
            + BODY_2
            + "</p><script>track('view');</script></article>"
            + "<footer><p>Copyright Example News Corporation, all rights reserved.</p></footer></body></html>";

    String text =
        extractor.extract(
            bytes(html, StandardCharsets.UTF_8), Optional.empty(), "https://example.org/");

    assertThat(text).isEqualTo("Plan goes ahead\n\n" + BODY_1 + "\n\n" + BODY_2);
  }

  @Test
  void takesTheTitleFromOpenGraphFirstAndReadsBodyParagraphsWithoutArticleElement()
      throws IOException {
    String html =
        "<html><head><meta property=\"og:title\" content=\"Open Graph title\"><title>Other</title>"
            + "</head><body><div><p>"
            + BODY_1
            + "</p></div></body></html>";

    String text =
        extractor.extract(
            bytes(html, StandardCharsets.UTF_8), Optional.empty(), "https://example.org/");

    assertThat(text).isEqualTo("Open Graph title\n\n" + BODY_1);
  }

  @Test
  void decodesTheCharsetTheServerDeclaredOrThePageDeclares() throws IOException {
    String paragraph =
        "Der Minister sagte, die Maßnahmen würden überprüft, und äußerte sich zurückhaltend.";
    Charset latin1 = StandardCharsets.ISO_8859_1;
    String declared = "<html><body><p>" + paragraph + "</p></body></html>";
    String meta =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>"
            + paragraph
            + "</p></body></html>";

    assertThat(extractor.extract(bytes(declared, latin1), Optional.of("ISO-8859-1"), "u"))
        .isEqualTo(paragraph);
    assertThat(extractor.extract(bytes(meta, latin1), Optional.empty(), "u")).isEqualTo(paragraph);
  }

  private static ByteArrayInputStream bytes(String html, Charset charset) {
    return new ByteArrayInputStream(html.getBytes(charset));
  }
}
