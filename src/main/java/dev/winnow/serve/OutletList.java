package dev.winnow.serve;

import dev.winnow.cluster.ArticleLink;
import dev.winnow.cluster.Story;
import java.net.URI;

/**
 * The HTML content of a merged entry: the summary, then every outlet that covered the story with a
 * link to its article. Built from escaped text, and only http(s) links, whatever the feeds sent.
 */
final class OutletList {
  private OutletList() {}

  static String html(StoryEntry entry) {
    Story story = entry.story();
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(escape(story.summary())).append("</p>\n");
    html.append("<p>Reported by ")
        .append(story.articleCount() == 1 ? "1 outlet" : outletCount(story))
        .append(":</p>\n<ul>\n");
    // a story keeps its first Story.LISTED articles: readers show an entry on one screen, and its
    // size must not grow with the number of times the story was reported
    for (ArticleLink article : story.firstArticles()) {
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
    int more = story.articleCount() - story.firstArticles().size();
    if (more > 0) {
      html.append("<li>and ").append(more).append(" more</li>\n");
    }
    return html.append("</ul>").toString();
  }

  private static String outletCount(Story story) {
    return story.articleCount() + " articles from " + story.outlets().size() + " outlets";
  }

  static boolean isWebLink(URI url) {
    return url != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()));
  }

  private static String escape(String text) {
    return Html.escape(text);
  }
}
