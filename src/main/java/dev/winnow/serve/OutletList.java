package dev.winnow.serve;

import dev.winnow.store.StoredArticle;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The HTML content of a merged entry: the summary, then every outlet that covered the story with a
 * link to its article. Built from escaped text, and only http(s) links, whatever the feeds sent.
 */
final class OutletList {
  /**
   * Articles listed per entry; the rest are counted. Readers show an entry on one screen, and the
   * entry's size must not grow with the number of times a story was reported.
   */
  static final int MAX_LISTED = 25;

  private OutletList() {}

  static String html(StoryEntry entry) {
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(escape(entry.story().summary())).append("</p>\n");
    html.append("<p>Reported by ")
        .append(entry.articles().size() == 1 ? "1 outlet" : outletCount(entry))
        .append(":</p>\n<ul>\n");
    List<StoredArticle> articles = entry.articles();
    for (StoredArticle stored : articles.subList(0, Math.min(articles.size(), MAX_LISTED))) {
      var article = stored.article();
      html.append("<li>");
      if (isWebLink(article.url())) {
        html.append("<a href=\"")
            .append(escape(article.url().toString()))
            .append("\">")
            .append(escape(article.outlet()))
            .append("</a>");
      } else {
        html.append(escape(article.outlet()));
      }
      html.append(": ").append(escape(article.title())).append("</li>\n");
    }
    if (articles.size() > MAX_LISTED) {
      html.append("<li>and ").append(articles.size() - MAX_LISTED).append(" more</li>\n");
    }
    return html.append("</ul>").toString();
  }

  private static String outletCount(StoryEntry entry) {
    return entry.articles().size()
        + " articles from "
        + entry.story().outlets().size()
        + " outlets";
  }

  static boolean isWebLink(URI url) {
    return url != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()));
  }

  private static String escape(String text) {
    return Entities.escape(text == null ? "" : text);
  }
}
