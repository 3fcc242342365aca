package dev.winnow.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Feeds an HTML page announces with {@code <link rel="alternate" type="application/rss+xml">}. */
public final class FeedDiscovery {
  private FeedDiscovery() {}

  /** The announced feed URLs, resolved, in page order (RSS and Atom; JSON Feed too). */
  public static List<URI> alternates(byte[] html, String baseUri) {
    Document doc = Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8), baseUri);
    List<URI> feeds = new ArrayList<>();
    for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (type.contains("rss") || type.contains("atom") || type.contains("feed+json")) {
        try {
          URI uri = new URI(link.absUrl("href"));
          if (uri.isAbsolute() && !feeds.contains(uri)) {
            feeds.add(uri);
          }
        } catch (URISyntaxException ignored) {
          // a broken href is no feed
        }
      }
    }
    return feeds;
  }
}
