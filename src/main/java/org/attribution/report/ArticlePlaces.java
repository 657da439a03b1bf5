package org.attribution.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.index.Occurrence;

/**
 * How the report addresses the articles of an archive in which several may share an id: each such
 * article has its place {@code n} among them (1 for the first, in archive order), an article with
 * an id of its own has none. The quote index knows an occurrence only by its document id and the
 * number of its attribution there, so an occurrence is placed in the article of that id whose
 * attribution of that number has the occurrence's content span and text.
 *
 * <p>Immutable and thread-safe.
 */
final class ArticlePlaces {

  private final int[] places;
  private final Map<String, List<ReportArticle>> byId = new HashMap<>();

  ArticlePlaces(List<ReportArticle> archive) {
    places = new int[archive.size()];
    for (int k = 0; k < archive.size(); k++) {
      List<ReportArticle> sharing =
          byId.computeIfAbsent(archive.get(k).id(), id -> new ArrayList<>());
      sharing.add(archive.get(k));
      places[k] = sharing.size();
    }
    for (int k = 0; k < archive.size(); k++) {
      if (byId.get(archive.get(k).id()).size() == 1) {
        places[k] = 0;
      }
    }
  }

  /** The place of the {@code k}-th article among those sharing its id, or 0 when none does. */
  int place(int k) {
    return places[k];
  }

  /** The address of {@code occurrence} in its article. */
  String link(Occurrence occurrence) {
    List<ReportArticle> sharing = byId.getOrDefault(occurrence.document(), List.of());
    int n = 0;
    if (sharing.size() > 1) {
      for (int i = 0; i < sharing.size() && n == 0; i++) {
        n = holds(sharing.get(i), occurrence) ? i + 1 : 0;
      }
    }
    return Links.article(occurrence.document(), n) + "&a=" + occurrence.attribution();
  }

  private static boolean holds(ReportArticle article, Occurrence occurrence) {
    int a = occurrence.attribution();
    if (a < 0 || a >= article.attributions().size()) {
      return false;
    }
    Attribution attribution = article.attributions().get(a);
    return attribution.contentSpan().equals(occurrence.span())
        && attribution.content().equals(occurrence.text());
  }
}
