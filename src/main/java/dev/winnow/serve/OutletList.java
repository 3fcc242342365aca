package dev.winnow.serve;

import dev.winnow.store.StoredArticle;
import java.net.URI;
import org.jsoup.nodes.Entities;

/**
 * The HTML content of a merged entry: the summary, then every outlet that covered the story with a
 * link to its article. Built from escaped text, and only http(s) links, whatever the feeds sent.
 */
final class OutletList {
  private OutletList() {}

  static String html(StoryEntry entry) {
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(escape(entry.story().summary())).append("</p>\n");
    html.append("<p>Reported by ")
        .append(entry.articles().size() == 1 ? "1 outlet" : outletCount(entry))
        .append(":</p>\n<ul>\n");
    for (StoredArticle stored : entry.articles()) {
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
