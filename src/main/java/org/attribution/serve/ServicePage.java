package org.attribution.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.attribution.Profile;
import org.attribution.internal.ClassResources;
import org.attribution.report.ArticleView;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page at {@code /}: a box to paste or drop an article into, a switch between the profiles when
 * more than one is loaded, and the report's article view ({@link ArticleView}) to show who said
 * what in it. Style and scripts are inline and its content security policy lets it reach nothing
 * but the service itself. It is a jsoup DOM, so the profile names it lists are escaped when it is
 * written; the article and its attributions are set by the script with {@code textContent} alone.
 *
 * <p>Stateless and thread-safe.
 */
final class ServicePage {

  private static final String STYLE = ClassResources.text(ServicePage.class, "serve.css");
  private static final String SCRIPT = ClassResources.text(ServicePage.class, "serve.js");

  private ServicePage() {}

  /** The page's HTML for a service with {@code profiles}, the first the default. */
  static String html(List<Profile> profiles) {
    Document page = ArticleView.page("Who said what", STYLE);
    Element body = page.body();
    body.appendElement("header").appendElement("h1").text("Who said what");
    body.appendElement("noscript").text("This page needs JavaScript; POST /extract does not.");
    Element main = body.appendElement("main");
    Element form = main.appendElement("form").id("extract-form");
    form.appendElement("textarea")
        .id("article-text")
        .attr("rows", "14")
        .attr("aria-label", "Article")
        .attr("placeholder", "Paste an article here, or drop a text file on this box.");
    Element controls = form.appendElement("p").addClass("controls");
    if (profiles.size() > 1) {
      Element select = controls.appendElement("label").text("Profile ").appendElement("select");
      select.id("profile");
      for (Profile profile : profiles) {
        select.appendElement("option").val(profile.name()).text(profile.name().toLowerCase());
      }
    }
    controls.appendElement("button").attr("type", "submit").text("Find who said what");
    controls.appendElement("span").id("status").attr("role", "status");
    main.appendElement("section").id("article");

    body.appendElement("script").appendChild(new DataNode(ArticleView.SCRIPT));
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    return page.outerHtml();
  }

  /**
   * The content security policy of the page: its own inline scripts (by hash) and styles, and
   * requests to the service alone.
   */
  static String contentSecurityPolicy() {
    String scripts =
        List.of(ArticleView.SCRIPT, SCRIPT).stream()
            .map(ServicePage::sha256)
            .map(hash -> "'sha256-" + hash + "'")
            .collect(Collectors.joining(" "));
    return "default-src 'none'; script-src "
        + scripts
        + "; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none';"
        + " base-uri 'none'; frame-ancestors 'none'";
  }

  private static String sha256(String script) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
