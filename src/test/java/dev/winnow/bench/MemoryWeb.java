package dev.winnow.bench;

import dev.winnow.cluster.Article;
import dev.winnow.fetch.FetchRequest;
import dev.winnow.fetch.FetchResult;
import dev.winnow.fetch.Fetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Outlets' feeds and article pages held in memory and handed to the pipeline as a {@link Fetcher}
 * would: what an ingest costs without the network. Pages carry the furniture of a news site (a
 * navigation bar, a "most read" box, a footer) around the article, so extraction has work to do.
 */
final class MemoryWeb implements Fetcher {
  private record Document(String contentType, byte[] body) {}

  private final Map<URI, Document> documents = new ConcurrentHashMap<>();

  @Override
  public FetchResult fetch(FetchRequest request) {
    Document d = documents.get(request.url());
    if (d == null) {
      return new FetchResult.Failed(request.url(), 404, "not found");
    }
    return new FetchResult.Fetched(request.url(), d.contentType(), d.body(), null, null);
  }

  static URI feedOf(int outlet) {
    return URI.create("https://outlet" + outlet + ".example/feed.xml");
  }

  /** Serves the outlet's feed, listing {@code items} newest first, and each item's page. */
  void publish(int outlet, List<Article> items) {
    StringBuilder rss = new StringBuilder();
    rss.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>Outlet ")
        .append(outlet)
        .append("</title><link>https://outlet")
        .append(outlet)
        .append(".example/</link><description>News</description>\n");
    for (int i = items.size() - 1; i >= 0; i--) {
      Article a = items.get(i);
      rss.append("<item><title>")
          .append(a.title())
          .append("</title><link>")
          .append(a.url())
          .append("</link><guid>")
          .append(a.url())
          .append("</guid><pubDate>")
          .append(
              DateTimeFormatter.RFC_1123_DATE_TIME.format(a.published().atOffset(ZoneOffset.UTC)))
          .append("</pubDate><description>")
          .append(a.text(), 0, Math.min(200, a.text().length()))
          .append("</description></item>\n");
      documents.put(a.url(), new Document("text/html; charset=utf-8", utf8(page(a))));
    }
    rss.append("</channel></rss>\n");
    documents.put(feedOf(outlet), new Document("application/rss+xml", utf8(rss.toString())));
  }

  /** Forgets pages no feed lists any more, so memory stays flat however long the run. */
  void forget(List<Article> items) {
    items.forEach(a -> documents.remove(a.url()));
  }

  private static String page(Article a) {
    StringBuilder html = new StringBuilder("<!doctype html><html><head><title>");
    html.append(a.title()).append(" | ").append(a.outlet()).append("</title></head><body>");
    html.append("<header><nav><ul>");
    for (String section : List.of("News", "Film", "Music", "TV", "Style", "Royals", "Video")) {
      html.append("<li><a href=\"/").append(section).append("\">").append(section).append("</a>");
    }
    html.append("</ul></nav></header><main><article><h1>").append(a.title()).append("</h1>");
    html.append("<p class=\"byline\">By Staff Writer</p>");
    for (String paragraph : a.text().split("\n\n")) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    html.append("</article><aside><h2>Most read</h2><ol>");
    for (int i = 1; i <= 5; i++) {
      html.append("<li><a href=\"/most-read/").append(i).append("\">Story ").append(i);
      html.append(" everyone is reading today</a></li>");
    }
    html.append("</ol></aside></main><footer><p>Copyright Outlet. All rights reserved.</p>");
    return html.append("<a href=\"/privacy\">Privacy</a></footer></body></html>").toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
